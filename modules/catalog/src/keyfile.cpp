#include "oht/catalog/keyfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oht::catalog {

namespace {

const QString kSecretType = QStringLiteral("ohtpack-secret-key");
const QString kPublicType = QStringLiteral("ohtpack-public-key");
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::KeyFile", text);
}

Result<QJsonObject> readKeyJson(const QString &path, const QString &type)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("catalog.key-unreadable"),
                         tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
    const QJsonObject object = QJsonDocument::fromJson(file.read(kMaxKeyFileBytes)).object();
    if (object.value(QStringLiteral("type")).toString() != type ||
        object.value(QStringLiteral("algorithm")).toString() != QLatin1String("ed25519"))
        return Error::invalid(QStringLiteral("catalog.bad-key-file"),
                              type == kSecretType
                                  ? tr("%1 is not an ohtpack secret key file.").arg(path)
                                  : tr("%1 is not an ohtpack public key file.").arg(path));
    return object;
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions perms)
{
    QSaveFile file(path);
    // Permissions before the first byte: the secret key is never readable by others.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(perms) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(QStringLiteral("catalog.key-write-failed"),
                         tr("Cannot write the key file %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QByteArray KeyFile::publicFileBytes(const PublisherKey &key)
{
    const QJsonObject object{{QStringLiteral("type"), kPublicType},
                             {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                             {QStringLiteral("name"), key.name},
                             {QStringLiteral("keyId"), key.keyId()},
                             {QStringLiteral("publicKey"), key.publicKeyBase64()}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<void> KeyFile::write(const QString &path, const KeyPair &keys, const QString &name)
{
    if (QFileInfo::exists(path))
        return Error{ErrorKind::Usage, QStringLiteral("catalog.key-exists"),
                     tr("%1 already exists; a secret key is never overwritten.").arg(path)};
    const PublisherKey publicKey{name, keys.publicKey};
    const QJsonObject secret{
        {QStringLiteral("type"), kSecretType},
        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
        {QStringLiteral("name"), name},
        {QStringLiteral("keyId"), publicKey.keyId()},
        {QStringLiteral("secretKey"), QString::fromLatin1(keys.secretKey.toBase64())}};
    if (auto r = writeFile(path, QJsonDocument(secret).toJson(QJsonDocument::Indented),
                           QFile::ReadOwner | QFile::WriteOwner);
        !r)
        return r;
    return writeFile(path + QLatin1String(".pub"), publicFileBytes(publicKey),
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

Result<KeyPair> KeyFile::readSecret(const QString &path)
{
    auto object = readKeyJson(path, kSecretType);
    if (!object)
        return object.error();
    const QByteArray secret =
        QByteArray::fromBase64(object->value(QStringLiteral("secretKey")).toString().toLatin1());
    auto publicKey = Ed25519::publicKeyOf(secret);
    if (!publicKey)
        return Error::invalid(QStringLiteral("catalog.bad-key-file"),
                              tr("The secret key in %1 is damaged.").arg(path));
    return KeyPair{*publicKey, secret};
}

Result<PublisherKey> KeyFile::readPublic(const QString &pathOrBase64)
{
    if (!QFileInfo(pathOrBase64).isFile())
        return PublisherKey::fromBase64(QString(), pathOrBase64);
    auto object = readKeyJson(pathOrBase64, kPublicType);
    if (!object)
        return object.error();
    return PublisherKey::fromBase64(object->value(QStringLiteral("name")).toString(),
                                    object->value(QStringLiteral("publicKey")).toString());
}

} // namespace oht::catalog
