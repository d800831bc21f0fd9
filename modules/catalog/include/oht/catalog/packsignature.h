#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace oht::catalog {

/// A detached Ed25519 signature of a pack's manifest: the exact bytes of `pack.json` as
/// stored in the built pack (docs/catalog-format.md, "What is signed"). Because pack.json
/// lists the SHA-256 of every other file, the signature covers the whole pack content.
///
/// The same object appears in a catalog entry (`"signature"`) and, as a file, in a signed
/// pack (`signature.json` at the root, not listed in pack.json's `files`).
struct PackSignature
{
    QString keyId;        ///< PublisherKey::keyIdOf(publicKey): 16 lower-case hex characters
    QString algorithm;    ///< always "ed25519" in format 1
    QByteArray signature; ///< 64 raw bytes (base64 in JSON)

    QJsonObject toJson() const;
    /// Checks the shape (algorithm "ed25519", a 16-hex key id, a 64-byte signature), not
    /// the signature itself. `where` names the document in error messages.
    static Result<PackSignature> fromJson(const QJsonObject &object, const QString &where);

    /// signature.json as `ohtpack sign` writes it (compact key order, trailing newline).
    QByteArray toFileBytes() const;
    static Result<PackSignature> fromFileBytes(const QByteArray &bytes);
};

/// The name of the signature entry in a signed pack.
inline constexpr const char *kSignatureFileName = "signature.json";

} // namespace oht::catalog
