#pragma once

#include "oht/catalog/packsignature.h"
#include "oht/core/semver.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace oht::catalog {

/// One pack a catalog offers (docs/catalog-format.md). Everything here is a claim by
/// whoever wrote the catalog: the installer believes only the signature, checked
/// against a trusted key, and the hashes the signed manifest lists.
struct CatalogEntry
{
    QString id;
    SemVer version;
    QString title;
    QString description;
    QString language;
    QStringList tags;
    qint64 size = 0;      ///< bytes of the .ohtpack file
    QByteArray sha256Hex; ///< of the .ohtpack file, 64 lower-case hex characters
    QUrl url;             ///< resolved against the catalog's own URL
    QString changelog;    ///< plain text (usually the pack's CHANGELOG.md)
    SemVer minAppVersion; ///< 0.0.0 when the pack does not say
    std::optional<PackSignature> signature;

    /// The version as text ("1.2.0"), for display.
    QString versionString() const { return version.toString(); }
};

} // namespace oht::catalog
