#pragma once

#include "oht/catalog/packsignature.h"
#include "oht/core/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace oht::catalog {

/// What signing needs from a built pack, read with the safe archive reader (every entry
/// name checked, nothing but pack.json and signature.json decompressed).
struct SignedPack
{
    QByteArray manifestJson;                ///< pack.json exactly as stored
    std::optional<PackSignature> signature; ///< signature.json, when the pack has one

    static Result<SignedPack> read(const QString &packPath);
};

} // namespace oht::catalog
