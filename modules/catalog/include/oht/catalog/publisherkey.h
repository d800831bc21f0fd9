#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QString>

namespace oht::catalog {

/// A publisher's Ed25519 public key with the name the user knows it by.
struct PublisherKey
{
    QString name;
    QByteArray publicKey; ///< 32 raw bytes

    /// The key id catalogs and signatures use: the first 8 bytes of SHA-256(publicKey),
    /// as 16 lower-case hex characters.
    QString keyId() const { return keyIdOf(publicKey); }
    static QString keyIdOf(const QByteArray &publicKey);

    /// `publicKeyBase64`: standard base64 of the 32 bytes (44 characters).
    static Result<PublisherKey> fromBase64(const QString &name, const QString &publicKeyBase64);
    QString publicKeyBase64() const { return QString::fromLatin1(publicKey.toBase64()); }
};

} // namespace oht::catalog
