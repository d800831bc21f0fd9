#include "oht/catalog/packverifier.h"

#include "oht/catalog/ed25519.h"
#include "oht/catalog/signedpack.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace oht::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::PackVerifier", text);
}

} // namespace

PackVerifier::PackVerifier(TrustedKeys keys) : m_keys(std::move(keys)) {}

Result<PublisherKey> PackVerifier::verify(const QByteArray &manifestJson,
                                          const PackSignature &signature) const
{
    if (signature.algorithm != QLatin1String("ed25519"))
        return Error::invalid(QStringLiteral("catalog.unsupported-algorithm"),
                              tr("The pack is signed with \"%1\"; this app knows only ed25519.")
                                  .arg(signature.algorithm.left(40)));
    const auto key = m_keys.find(signature.keyId);
    if (!key)
        return Error::invalid(QStringLiteral("catalog.unknown-key"),
                              tr("The pack is signed with the key %1, which is not one of your "
                                 "trusted publishers.")
                                  .arg(signature.keyId));
    if (!Ed25519::verify(manifestJson, signature.signature, key->publicKey))
        return Error::invalid(QStringLiteral("catalog.bad-signature"),
                              tr("The pack's signature does not match the key of %1: the pack "
                                 "was changed after signing or is not theirs.")
                                  .arg(key->name.isEmpty() ? key->keyId() : key->name));
    return *key;
}

Result<PublisherKey> PackVerifier::verifyFile(const QString &packPath) const
{
    auto pack = SignedPack::read(packPath);
    if (!pack)
        return pack.error();
    if (!pack->signature)
        return Error::invalid(QStringLiteral("catalog.unsigned"),
                              tr("%1 is not signed.").arg(QFileInfo(packPath).fileName()));
    return verify(pack->manifestJson, *pack->signature);
}

} // namespace oht::catalog
