#pragma once

#include "oht/catalog/ed25519.h"
#include "oht/catalog/packsignature.h"
#include "oht/core/result.h"

#include <QString>

namespace oht::catalog {

/// Signs a built pack (`ohtpack sign`): rewrites the archive with the same entries in the
/// same order, byte for byte, and `signature.json` as the last entry (replacing an earlier
/// signature). pack.json is not changed, so the pack's `files` list and its validation
/// are the same as before. Writes OUT.tmp and renames, like `ohtpack build`.
class PackSigner
{
public:
    explicit PackSigner(KeyPair keys);

    Result<PackSignature> sign(const QString &packPath) const;
    /// The signature of a manifest, without touching any file (for catalogs).
    Result<PackSignature> signManifest(const QByteArray &manifestJson) const;

private:
    KeyPair m_keys;
};

} // namespace oht::catalog
