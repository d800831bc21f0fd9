#pragma once

#include "oht/catalog/catalog.h"
#include "oht/library/packsummary.h"

#include <QList>
#include <QString>

namespace oht::catalog {

enum class PackAvailability {
    NotInstalled,
    Installed,       ///< the catalog's version is installed
    UpdateAvailable, ///< the catalog has a newer version
    NewerInstalled,  ///< the library has a newer version than the catalog (never offered)
};

/// One catalog entry next to what the library holds, for browsing a catalog.
struct PackStatus
{
    CatalogEntry entry;
    PackAvailability availability = PackAvailability::NotInstalled;
    QString installedVersion;   ///< empty when not installed
    bool needsNewerApp = false; ///< the pack's minAppVersion is above this app's version

    /// Every entry of `catalog` with its status against `installed`, in catalog order.
    static QList<PackStatus> of(const Catalog &catalog,
                                const QList<library::PackSummary> &installed);
};

} // namespace oht::catalog
