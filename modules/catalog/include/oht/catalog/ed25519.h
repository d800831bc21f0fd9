#pragma once

#include "oht/core/result.h"

#include <QByteArray>

namespace oht::catalog {

/// A publisher's key pair (libsodium's crypto_sign layout).
struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes: seed followed by the public key
};

/// Ed25519 through libsodium: key generation, detached signatures, verification.
/// Stateless; initialises libsodium on first use (sodium_init is idempotent).
class Ed25519
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    static Result<KeyPair> generate();
    /// The public half of a secret key (its last 32 bytes, checked against the seed).
    static Result<QByteArray> publicKeyOf(const QByteArray &secretKey);
    /// crypto_sign_detached over `message`.
    static Result<QByteArray> sign(const QByteArray &message, const QByteArray &secretKey);
    /// crypto_sign_verify_detached; false for any malformed input.
    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);
};

} // namespace oht::catalog
