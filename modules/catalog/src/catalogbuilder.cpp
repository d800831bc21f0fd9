#include "oht/catalog/catalogbuilder.h"

#include "oht/archive/zipreader.h"
#include "oht/catalog/signedpack.h"
#include "oht/core/sha256.h"
#include "oht/packformat/manifestparser.h"
#include "oht/packio/packinspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace oht::catalog {

namespace {

constexpr qint64 kMaxChangelogBytes = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::CatalogBuilder", text);
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error::io(QStringLiteral("catalog.pack-unreadable"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    return hash.result().toHex();
}

/// One pack, checked as the app will check it before listing it.
Result<CatalogEntry> entryFor(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto inspection = packio::PackInspector().inspect(path);
    if (!inspection)
        return Error::invalid(inspection.error().code,
                              tr("%1: %2").arg(name, inspection.error().message));
    if (!inspection->ok())
        return Error::invalid(
            QStringLiteral("catalog.invalid-pack"),
            tr("%1 has validation errors; run \"ohtpack validate %1\".").arg(name));
    auto pack = SignedPack::read(path);
    if (!pack)
        return pack.error();
    if (!pack->signature)
        return Error::invalid(
            QStringLiteral("catalog.unsigned"),
            tr("%1 is not signed; sign it first with \"ohtpack sign\".").arg(name));
    const packformat::Manifest &manifest = *inspection->manifest;

    CatalogEntry entry;
    entry.id = manifest.id;
    entry.version = manifest.version;
    entry.title = manifest.title;
    entry.description = manifest.description;
    entry.language = manifest.language;
    entry.tags = manifest.tags;
    entry.minAppVersion = manifest.minAppVersion;
    entry.size = QFileInfo(path).size();
    auto sha = sha256Of(path);
    if (!sha)
        return sha.error();
    entry.sha256Hex = *sha;
    entry.url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    entry.signature = pack->signature;
    archive::ZipReader reader(path);
    if (auto changelog = reader.readEntry(QStringLiteral("CHANGELOG.md"), kMaxChangelogBytes))
        entry.changelog = QString::fromUtf8(*changelog);
    return entry;
}

} // namespace

Result<Catalog> CatalogBuilder::build(const QString &packsDir, const QString &catalogPath,
                                      QStringList *notes) const
{
    const QString root = QFileInfo(catalogPath).absolutePath();
    const QString dir = QDir(packsDir).absolutePath();
    if (!QFileInfo(dir).isDir())
        return Error::io(QStringLiteral("catalog.no-folder"),
                         tr("%1 is not a folder.").arg(packsDir));
    if (dir != root && !dir.startsWith(root + QLatin1Char('/')))
        return Error{ErrorKind::Usage, QStringLiteral("catalog.packs-outside"),
                     tr("Write the catalog in %1 or a folder above it, so its pack URLs can "
                        "be relative.")
                         .arg(packsDir)};

    QStringList paths;
    QDirIterator it(dir, {QStringLiteral("*.ohtpack")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    std::sort(paths.begin(), paths.end());

    Catalog catalog;
    catalog.title = m_title;
    catalog.url = QUrl::fromLocalFile(QFileInfo(catalogPath).absoluteFilePath());
    for (const QString &path : std::as_const(paths)) {
        auto entry = entryFor(path);
        if (!entry)
            return entry.error();
        auto same = std::find_if(catalog.packs.begin(), catalog.packs.end(),
                                 [&](const CatalogEntry &e) { return e.id == entry->id; });
        if (same == catalog.packs.end()) {
            catalog.packs.append(*entry);
            continue;
        }
        const bool newer = entry->version > same->version;
        const CatalogEntry &older = newer ? *same : *entry;
        const CatalogEntry &kept = newer ? *entry : *same;
        if (notes)
            *notes << tr("%1 %2 (%3) is left out: %4 is newer.")
                          .arg(older.id, older.version.toString(),
                               QDir(root).relativeFilePath(older.url.toLocalFile()),
                               kept.version.toString());
        if (newer)
            *same = *entry;
    }
    std::sort(catalog.packs.begin(), catalog.packs.end(),
              [](const CatalogEntry &a, const CatalogEntry &b) { return a.id < b.id; });
    return catalog;
}

Result<Catalog> CatalogBuilder::write(const QString &packsDir, const QString &catalogPath,
                                      QStringList *notes) const
{
    auto catalog = build(packsDir, catalogPath, notes);
    if (!catalog)
        return catalog;
    QSaveFile file(catalogPath);
    const QByteArray bytes = catalog->toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(QStringLiteral("catalog.write-failed"),
                         tr("Cannot write %1: %2").arg(catalogPath, file.errorString()));
    return catalog;
}

} // namespace oht::catalog
