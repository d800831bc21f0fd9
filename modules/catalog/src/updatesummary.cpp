#include "oht/catalog/updatesummary.h"

#include "oht/library/library.h"

#include <QCoreApplication>

namespace oht::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::UpdateSummary", text);
}

/// The installed version as the comparison sees it: its manifest and quiz files.
Result<packio::PackSnapshot> installedSnapshot(const library::Library &library,
                                               const QString &packId)
{
    auto manifest = library.manifest(packId);
    if (!manifest)
        return manifest.error();
    packio::PackSnapshot snapshot{*manifest, {}};
    for (const auto &item : manifest->items()) {
        if (item.kind != packformat::ItemKind::Quiz)
            continue;
        auto json = library.quizJson(packId, item.id);
        if (!json)
            return json.error();
        snapshot.quizzes.insert(item.id, *json);
    }
    return snapshot;
}

} // namespace

Result<UpdateSummary> UpdateSummary::fromCatalog(const library::Library &library,
                                                 const CatalogEntry &entry)
{
    auto installed = library.pack(entry.id);
    if (!installed)
        return installed.error();
    UpdateSummary summary;
    summary.packId = entry.id;
    summary.installedVersion = installed->version;
    summary.newVersion = entry.version.toString();
    summary.changelog = entry.changelog;
    return summary;
}

Result<UpdateSummary> UpdateSummary::compare(const library::Library &library,
                                             const CatalogEntry &entry, const QString &packPath)
{
    auto summary = fromCatalog(library, entry);
    if (!summary)
        return summary.error();
    auto before = installedSnapshot(library, entry.id);
    if (!before)
        return before.error();
    auto after = packio::PackSnapshot::fromArchive(packPath);
    if (!after)
        return after.error();
    if (after->manifest.id != entry.id)
        return Error::invalid(QStringLiteral("catalog.entry-mismatch"),
                              tr("%1 is not a version of %2.").arg(packPath, entry.id));
    summary->changes = packio::PackComparison::compare(*before, *after);
    summary->compared = true;
    return summary;
}

} // namespace oht::catalog
