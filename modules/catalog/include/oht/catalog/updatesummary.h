#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/core/result.h"
#include "oht/packio/packcomparison.h"

#include <QString>

namespace oht::library {
class Library;
}

namespace oht::catalog {

/// What an update brings: the changelog from the catalog and, once the new version has
/// been downloaded, the lessons, quizzes and questions added, changed and removed (by
/// their stable ids).
struct UpdateSummary
{
    QString packId;
    QString installedVersion;
    QString newVersion;
    QString changelog;
    bool compared = false; ///< true once compared with a downloaded pack (changes is valid)
    packio::PackChanges changes;

    /// From the catalog alone (before the download).
    static Result<UpdateSummary> fromCatalog(const library::Library &library,
                                             const CatalogEntry &entry);
    /// Compares the installed pack with a downloaded (verified) pack file.
    static Result<UpdateSummary> compare(const library::Library &library, const CatalogEntry &entry,
                                         const QString &packPath);
};

} // namespace oht::catalog
