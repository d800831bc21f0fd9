#include "oht/catalog/ed25519.h"

#include <QCoreApplication>
#include <sodium.h>

namespace oht::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::Ed25519", text);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

Result<void> ensureSodium()
{
    // sodium_init() is thread-safe and idempotent: 0 = initialised now, 1 = already.
    if (sodium_init() < 0)
        return Error::internal(QStringLiteral("catalog.crypto-unavailable"),
                               tr("The cryptography library could not be initialised."));
    return {};
}

} // namespace

static_assert(Ed25519::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(Ed25519::kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(Ed25519::kSignatureBytes == crypto_sign_BYTES);

Result<KeyPair> Ed25519::generate()
{
    if (auto r = ensureSodium(); !r)
        return r.error();
    KeyPair keys;
    keys.publicKey.resize(kPublicKeyBytes);
    keys.secretKey.resize(kSecretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

Result<QByteArray> Ed25519::publicKeyOf(const QByteArray &secretKey)
{
    if (auto r = ensureSodium(); !r)
        return r.error();
    const Error bad = Error::invalid(QStringLiteral("catalog.bad-secret-key"),
                                     tr("The secret key is damaged or not an Ed25519 key."));
    if (secretKey.size() != kSecretKeyBytes)
        return bad;
    // Derive the public key from the seed: a file whose halves disagree was tampered with.
    QByteArray publicKey(kPublicKeyBytes, '\0');
    QByteArray derivedSecret(kSecretKeyBytes, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                             reinterpret_cast<unsigned char *>(derivedSecret.data()),
                             bytes(secretKey));
    const bool same = sodium_memcmp(derivedSecret.constData(), secretKey.constData(),
                                    size_t(kSecretKeyBytes)) == 0;
    sodium_memzero(derivedSecret.data(), size_t(derivedSecret.size()));
    if (!same)
        return bad;
    return publicKey;
}

Result<QByteArray> Ed25519::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (auto r = publicKeyOf(secretKey); !r)
        return r.error();
    QByteArray signature(kSignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         bytes(message), quint64(message.size()), bytes(secretKey));
    return signature;
}

bool Ed25519::verify(const QByteArray &message, const QByteArray &signature,
                     const QByteArray &publicKey)
{
    if (!ensureSodium() || signature.size() != kSignatureBytes ||
        publicKey.size() != kPublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()),
                                       bytes(publicKey)) == 0;
}

} // namespace oht::catalog
