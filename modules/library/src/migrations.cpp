#include "migrations.h"

#include "database.h"
#include "librarylog.h"

#include <QCoreApplication>
#include <QStringList>

namespace oht::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::Migrations", text);
}

// Version 1: installed packs, their outline, rendered lessons, quizzes, files (named by
// content hash, stored in the blob store) and the full-text index of lessons.
//
// The FTS table keeps its own copy of the text ("contentful"): snippet() needs the text,
// which no other table holds (lessons keep HTML). Its rowid is lessons.id.
// Learner progress will come in later steps and key on items (pack_id, item_id), which an
// update keeps; so nothing here cascades from a pack update into such tables.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE packs (
        id           TEXT PRIMARY KEY NOT NULL,
        version      TEXT NOT NULL,
        manifest     TEXT NOT NULL,
        title        TEXT NOT NULL,
        description  TEXT NOT NULL,
        language     TEXT NOT NULL,
        license      TEXT NOT NULL,
        authors      TEXT NOT NULL,
        tags         TEXT NOT NULL,
        created      TEXT NOT NULL,
        review_by    TEXT NOT NULL,
        size         INTEGER NOT NULL,
        installed_at TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    ))"),
    QStringLiteral(R"(CREATE TABLE modules (
        pack_id   TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        position  INTEGER NOT NULL,
        title     TEXT NOT NULL,
        PRIMARY KEY (pack_id, module_id)
    ) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE items (
        pack_id   TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
        item_id   TEXT NOT NULL,
        module_id TEXT NOT NULL,
        position  INTEGER NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('lesson', 'quiz')),
        title     TEXT NOT NULL,
        file      TEXT NOT NULL,
        PRIMARY KEY (pack_id, item_id),
        FOREIGN KEY (pack_id, module_id) REFERENCES modules(pack_id, module_id)
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX items_by_module ON items(pack_id, module_id)"),
    QStringLiteral(R"(CREATE TABLE lessons (
        id      INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        html    TEXT NOT NULL,
        UNIQUE (pack_id, item_id),
        FOREIGN KEY (pack_id, item_id) REFERENCES items(pack_id, item_id) ON DELETE CASCADE
    ))"),
    QStringLiteral(R"(CREATE TABLE quizzes (
        pack_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        json    TEXT NOT NULL,
        PRIMARY KEY (pack_id, item_id),
        FOREIGN KEY (pack_id, item_id) REFERENCES items(pack_id, item_id) ON DELETE CASCADE
    ) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY NOT NULL,
        size   INTEGER NOT NULL
    ) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE files (
        pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
        path    TEXT NOT NULL,
        sha256  TEXT NOT NULL REFERENCES blobs(sha256),
        size    INTEGER NOT NULL,
        PRIMARY KEY (pack_id, path)
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX files_by_sha256 ON files(sha256)"),
    QStringLiteral("CREATE VIRTUAL TABLE lesson_text USING fts5("
                   "title, body, tokenize = 'unicode61 remove_diacritics 2')"),
};

/// Runs one step in its own write transaction, unless another connection did it first.
Result<void> runStep(Database &db, int version, const QStringList &statements)
{
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto current = db.userVersion();
    if (!current)
        return current.error();
    if (*current >= version)
        return {};
    for (const QString &sql : statements) {
        if (auto r = db.exec(sql); !r)
            return Error::io(QStringLiteral("library.migration-failed"),
                             tr("Updating the library to schema %1 failed: %2")
                                 .arg(version)
                                 .arg(r.error().message));
    }
    if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcLibrary) << "library schema migrated to version" << version;
    return {};
}

} // namespace

Result<int> Migrations::check(Database &db)
{
    auto version = db.userVersion();
    if (!version)
        return version.error();
    if (*version > kLatestVersion)
        return Error::io(
            QStringLiteral("library.schema-too-new"),
            tr("The library %1 was written by a newer version of the app (schema %2; "
               "this app knows up to %3). Update the app; the library was not changed.")
                .arg(db.filePath())
                .arg(*version)
                .arg(kLatestVersion));
    return *version;
}

Result<void> Migrations::migrate(Database &db)
{
    auto from = check(db);
    if (!from)
        return from.error();
    // Cumulative steps: a database at version N runs every step above N, in order.
    if (*from < 1) {
        if (auto r = runStep(db, 1, kVersion1); !r)
            return r;
    }
    return {};
}

} // namespace oht::library
