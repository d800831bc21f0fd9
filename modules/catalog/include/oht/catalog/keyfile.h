#pragma once

#include "oht/catalog/ed25519.h"
#include "oht/catalog/publisherkey.h"
#include "oht/core/result.h"

#include <QString>

namespace oht::catalog {

/// Publisher key files (docs/catalog-format.md, "Key files"): a secret key file (JSON,
/// written with permissions 0600) and a public key file (JSON) next to it.
class KeyFile
{
public:
    /// Writes `path` (secret, 0600, refused if it exists) and `path + ".pub"`.
    static Result<void> write(const QString &path, const KeyPair &keys, const QString &name);
    static Result<KeyPair> readSecret(const QString &path);
    /// Reads a public key file, or accepts `pathOrBase64` itself as a base64 public key.
    static Result<PublisherKey> readPublic(const QString &pathOrBase64);

    static QByteArray publicFileBytes(const PublisherKey &key);
};

} // namespace oht::catalog
