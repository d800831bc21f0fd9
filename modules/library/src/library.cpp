#include "oht/library/library.h"

#include "blobstore.h"
#include "database.h"
#include "importer.h"
#include "lessonsearch.h"
#include "migrations.h"
#include "packedblobs.h"
#include "packexporter.h"
#include "packqueries.h"
#include "packrowwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace oht::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::Library", text);
}

} // namespace

struct Library::Private
{
    explicit Private(const QString &dir) : dataDir(dir), store(dir), packed(dir) {}

    QString dataDir;
    std::unique_ptr<Database> db;
    BlobStore store;
    PackedBlobs packed;
    int schemaVersion = 0;
    packformat::Findings lastFindings;

    PackQueries queries() { return PackQueries(*db, store, packed); }
};

Library::Library(std::unique_ptr<Private> d) : d(std::move(d)) {}

Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &dataDir,
                                               storage::IntegrityCheck integrity)
{
    const QString dir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::io(QStringLiteral("library.mkdir-failed"),
                         tr("Cannot create the library folder %1.").arg(dir));
    auto d = std::make_unique<Private>(dir);
    // Checks the version before writing anything, then quick_check, WAL, migrations.
    auto db = Migrations::migrator().openAndMigrate(dir + QLatin1String("/library.sqlite"),
                                                    QStringLiteral("library"), integrity);
    if (!db)
        return db.error();
    d->db = std::move(db).value();
    auto version = d->db->userVersion();
    if (!version)
        return version.error();
    d->schemaVersion = *version;
    if (auto r = d->store.ensureDirectories(); !r)
        return r.error();
    return std::unique_ptr<Library>(new Library(std::move(d)));
}

QString Library::dataDir() const
{
    return d->dataDir;
}

int Library::schemaVersion() const
{
    return d->schemaVersion;
}

Result<ImportReport> Library::importPack(const QString &archivePath, const ImportOptions &options,
                                         ImportObserver *observer)
{
    Importer importer(*d->db, d->store, d->packed);
    auto result = importer.run(archivePath, options, observer);
    d->lastFindings = importer.findings();
    return result;
}

const packformat::Findings &Library::lastImportFindings() const
{
    return d->lastFindings;
}

Result<void> Library::exportPack(const QString &packId, const QString &outputPath) const
{
    auto queries = d->queries();
    return PackExporter(queries).run(packId, outputPath);
}

Result<void> Library::removePack(const QString &packId)
{
    Transaction tx(*d->db);
    if (auto r = tx.begin(); !r)
        return r;
    auto installed = d->queries().installedVersion(packId);
    if (!installed)
        return installed.error();
    if (!*installed)
        return PackQueries::unknownPack(packId);
    if (auto r = PackRowWriter(*d->db).remove(packId); !r)
        return r;
    return tx.commit();
}

Result<QList<PackSummary>> Library::packs() const
{
    return d->queries().packs();
}

Result<PackSummary> Library::pack(const QString &packId) const
{
    return d->queries().pack(packId);
}

Result<packformat::Manifest> Library::manifest(const QString &packId) const
{
    return d->queries().manifest(packId);
}

Result<QList<packformat::Module>> Library::outline(const QString &packId) const
{
    return d->queries().outline(packId);
}

Result<packformat::OutlineItem> Library::item(const QString &packId, const QString &itemId) const
{
    return d->queries().item(packId, itemId);
}

Result<QString> Library::lessonHtml(const QString &packId, const QString &itemId) const
{
    return d->queries().lessonHtml(packId, itemId);
}

Result<QByteArray> Library::quizJson(const QString &packId, const QString &itemId) const
{
    return d->queries().quizJson(packId, itemId);
}

Result<std::unique_ptr<QIODevice>> Library::openFile(const QString &packId,
                                                     const QString &path) const
{
    return d->queries().openFile(packId, path);
}

Result<QByteArray> Library::fileSha256(const QString &packId, const QString &path) const
{
    return d->queries().fileSha256(packId, path);
}

Result<QByteArray> Library::readFile(const QString &packId, const QString &path) const
{
    return d->queries().readFile(packId, path);
}

Result<QList<SearchHit>> Library::search(const QString &query, int limit) const
{
    return LessonSearch(*d->db).search(query, limit);
}

Result<int> Library::sweepOrphans()
{
    // Under the write lock: no import can put blobs in place or commit meanwhile.
    Transaction tx(*d->db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = d->db->exec(QStringLiteral("DELETE FROM blobs WHERE NOT EXISTS (SELECT 1 FROM "
                                            "files f WHERE f.sha256 = blobs.sha256)"));
        !r)
        return r.error();
    QSet<QByteArray> keep;
    {
        auto query = d->db->prepare(QStringLiteral("SELECT sha256 FROM blobs"));
        if (!query)
            return query.error();
        if (auto r = Database::run(*query); !r)
            return r.error();
        while (query->next())
            keep.insert(query->value(0).toString().toLatin1());
    }
    auto removed = d->store.sweep(keep);
    if (!removed)
        return removed.error();
    auto unpacked = d->packed.sweep(keep, [store = &d->store] { return store->runningImports(); });
    if (!unpacked)
        return unpacked.error();
    *removed += *unpacked;
    if (auto r = tx.commit(); !r)
        return r.error();
    return removed;
}

} // namespace oht::library
