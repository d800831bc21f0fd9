#include "migrations.h"

#include <QStringList>

namespace oht::library {

namespace {

// Version 1: installed packs, their outline, rendered lessons, quizzes, files (named by
// content hash, stored in the blob store) and the full-text index of lessons.
//
// The FTS table keeps its own copy of the text ("contentful"): snippet() needs the text,
// which no other table holds. Its rowid is lessons.id.
// Learner progress lives in its own database (progress.sqlite, modules/progress) and keys
// on items (pack_id, item_id), which an update keeps.
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

// Version 2: lessons no longer keep their rendered HTML. It doubled what an import wrote
// (and what a quick_check read); PackQueries::lessonHtml renders from the stored file.
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE lessons DROP COLUMN html"),
};

} // namespace

const storage::Migrator &Migrations::migrator()
{
    static const storage::Migrator migrator({{1, kVersion1}, {2, kVersion2}});
    static_assert(kLatestVersion == 2, "add the new step to the list above");
    return migrator;
}

} // namespace oht::library
