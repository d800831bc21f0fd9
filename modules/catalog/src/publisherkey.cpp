#include "oht/catalog/publisherkey.h"

#include "oht/catalog/ed25519.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace oht::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::PublisherKey", text);
}

} // namespace

QString PublisherKey::keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

Result<PublisherKey> PublisherKey::fromBase64(const QString &name, const QString &publicKeyBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(publicKeyBase64.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Ed25519::kPublicKeyBytes)
        return Error::invalid(QStringLiteral("catalog.bad-public-key"),
                              tr("\"%1\" is not an Ed25519 public key (44 characters of base64).")
                                  .arg(publicKeyBase64.trimmed().left(60)));
    return PublisherKey{name, decoded.decoded};
}

} // namespace oht::catalog
