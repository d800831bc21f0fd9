#include "oht/catalog/packstatus.h"

#include "oht/core/appinfo.h"

#include <QHash>

namespace oht::catalog {

QList<PackStatus> PackStatus::of(const Catalog &catalog,
                                 const QList<library::PackSummary> &installed)
{
    QHash<QString, QString> versions;
    for (const auto &pack : installed)
        versions.insert(pack.id, pack.version);
    const SemVer app = appVersion();
    QList<PackStatus> list;
    for (const auto &entry : catalog.packs) {
        PackStatus status;
        status.entry = entry;
        status.needsNewerApp = app < entry.minAppVersion;
        const auto it = versions.constFind(entry.id);
        if (it != versions.cend()) {
            status.installedVersion = *it;
            const auto installedVersion = SemVer::parse(*it);
            if (!installedVersion || *installedVersion < entry.version)
                status.availability = PackAvailability::UpdateAvailable;
            else if (*installedVersion == entry.version)
                status.availability = PackAvailability::Installed;
            else
                status.availability = PackAvailability::NewerInstalled;
        }
        list.append(status);
    }
    return list;
}

} // namespace oht::catalog
