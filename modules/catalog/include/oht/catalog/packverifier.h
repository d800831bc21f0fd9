#pragma once

#include "oht/catalog/packsignature.h"
#include "oht/catalog/publisherkey.h"
#include "oht/catalog/trustedkeys.h"
#include "oht/core/result.h"

#include <QByteArray>
#include <QString>

namespace oht::catalog {

/// Checks a pack manifest's signature against the trusted publisher keys. Refusals are
/// InvalidInput errors with a one-line message: catalog.unsigned, catalog.unknown-key,
/// catalog.bad-signature, catalog.unsupported-algorithm.
class PackVerifier
{
public:
    explicit PackVerifier(TrustedKeys keys);

    /// The trusted key that made `signature` over `manifestJson`.
    Result<PublisherKey> verify(const QByteArray &manifestJson,
                                const PackSignature &signature) const;
    /// Verifies a pack file by its own signature.json (a pack shared on a USB stick).
    Result<PublisherKey> verifyFile(const QString &packPath) const;

private:
    TrustedKeys m_keys;
};

} // namespace oht::catalog
