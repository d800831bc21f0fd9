#include "packedblobs.h"

#include "oht/storage/migrator.h"
#include "oht/storage/sqlitedatabase.h"
#include "oht/storage/transaction.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace oht::library {

namespace {

// The row's data comes last: a sweep reads hash and import without touching the
// overflow pages that hold the bytes.
const storage::Migrator &migrator()
{
    static const storage::Migrator migrator({{1, {QStringLiteral(R"(CREATE TABLE blobs (
        id     INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        import TEXT NOT NULL,
        data   BLOB NOT NULL
    ))")}}});
    return migrator;
}

} // namespace

PackedBlobs::PackedBlobs(QString dataDir) : m_dataDir(std::move(dataDir)) {}

PackedBlobs::~PackedBlobs() = default;

QString PackedBlobs::filePath() const
{
    return m_dataDir + QLatin1String("/blobs.sqlite");
}

Result<storage::SqliteDatabase *> PackedBlobs::database()
{
    if (!m_db) {
        // No quick_check at each open: every row is checked against its SHA-256 when a
        // pack is exported, and a damaged page fails the read that meets it.
        auto db = migrator().openAndMigrate(filePath(), QStringLiteral("library"),
                                            storage::IntegrityCheck::BeforeWriting);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
    }
    return m_db.get();
}

Result<QSqlQuery *> PackedBlobs::statement(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        auto db = database();
        if (!db)
            return db.error();
        auto prepared = (*db)->prepare(sql);
        if (!prepared)
            return prepared.error();
        slot = std::move(*prepared);
    }
    return &*slot;
}

Result<std::optional<QByteArray>> PackedBlobs::read(const QByteArray &sha256Hex)
{
    auto query = statement(m_read, QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"));
    if (!query)
        return query.error();
    if (auto r = storage::SqliteDatabase::run(**query, {QString::fromLatin1(sha256Hex)}); !r)
        return r.error();
    std::optional<QByteArray> data;
    if ((*query)->next())
        data = (*query)->value(0).toByteArray();
    (*query)->finish(); // ends the read transaction the statement holds
    return data;
}

Result<bool> PackedBlobs::contains(const QByteArray &sha256Hex)
{
    auto query = statement(m_contains, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    if (!query)
        return query.error();
    if (auto r = storage::SqliteDatabase::run(**query, {QString::fromLatin1(sha256Hex)}); !r)
        return r.error();
    const bool found = (*query)->next();
    (*query)->finish();
    return found;
}

Result<QSet<QByteArray>> PackedBlobs::existing(const QList<QByteArray> &sha256Hexes)
{
    // A library's first import: nothing is stored, and the writer thread creates the file.
    if (!m_db && !QFileInfo::exists(filePath()))
        return QSet<QByteArray>();
    auto db = database();
    if (!db)
        return db.error();
    // One JSON array parameter instead of thousands of statements (or a list longer than
    // SQLite's bound-parameter limit).
    QByteArray list = "[";
    for (const QByteArray &sha : sha256Hexes) {
        if (list.size() > 1)
            list += ',';
        list += '"' + sha + '"'; // hex digits: nothing to escape
    }
    list += ']';
    auto query = (*db)->query(
        QStringLiteral("SELECT sha256 FROM blobs WHERE sha256 IN (SELECT value FROM json_each(?))"),
        {QString::fromLatin1(list)});
    if (!query)
        return query.error();
    QSet<QByteArray> found;
    while (query->next())
        found.insert(query->value(0).toString().toLatin1());
    return found;
}

Result<void> PackedBlobs::add(const QList<Blob> &blobs, const QString &importName)
{
    auto db = database();
    if (!db)
        return db.error();
    storage::Transaction tx(**db);
    if (auto r = tx.begin(); !r)
        return r;
    auto insert = (*db)->prepare(QStringLiteral(
        "INSERT INTO blobs (sha256, import, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    if (!insert)
        return insert.error();
    for (const Blob &blob : blobs) {
        if (auto r = storage::SqliteDatabase::run(
                *insert, {QString::fromLatin1(blob.sha256Hex), importName, blob.data});
            !r)
            return r;
    }
    return tx.commit();
}

void PackedBlobs::checkpoint()
{
    if (m_db)
        (void)m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Result<void> PackedBlobs::discardImport(const QString &importName)
{
    auto db = database();
    if (!db)
        return db.error();
    auto removed = (*db)->query(QStringLiteral("DELETE FROM blobs WHERE import = ?"), {importName});
    if (!removed)
        return removed.error();
    return {};
}

Result<int> PackedBlobs::sweep(const QSet<QByteArray> &keep,
                               const std::function<QSet<QString>()> &runningImports)
{
    auto db = database();
    if (!db)
        return db.error();
    storage::Transaction tx(**db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QSet<QString> running = runningImports();
    auto rows = (*db)->query(QStringLiteral("SELECT id, sha256, import FROM blobs"));
    if (!rows)
        return rows.error();
    QList<qint64> orphans;
    while (rows->next()) {
        if (!keep.contains(rows->value(1).toString().toLatin1()) &&
            !running.contains(rows->value(2).toString()))
            orphans.append(rows->value(0).toLongLong());
    }
    rows->finish();
    auto remove = (*db)->prepare(QStringLiteral("DELETE FROM blobs WHERE id = ?"));
    if (!remove)
        return remove.error();
    for (const qint64 id : std::as_const(orphans)) {
        if (auto r = storage::SqliteDatabase::run(*remove, {id}); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(orphans.size());
}

} // namespace oht::library
