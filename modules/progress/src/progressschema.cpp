#include "progressschema.h"

namespace oht::progress {

namespace {

// Version 1.
//
// Rows key on (profile, pack id, item id), never on the library's rows: pack updates keep
// ids, and an item an update removed keeps its history here. Deleting a profile cascades
// to everything that learner did, and to nothing else.
//
// Times are UTC milliseconds since the epoch. statement_id is the xAPI statement id of
// the row (UUID v5, see LearningRecord): kept so an imported statement keeps its id and a
// second import of the same file finds it.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE profiles (
        id         INTEGER PRIMARY KEY,
        uuid       TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        name_key   TEXT NOT NULL UNIQUE,
        pin_hash   TEXT,
        created_at INTEGER NOT NULL
    ))"),
    QStringLiteral(R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT
    ) WITHOUT ROWID)"),
    // The current state of each item, updated in the same transaction as each event.
    QStringLiteral(R"(CREATE TABLE item_state (
        profile_id      INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        pack_id         TEXT NOT NULL,
        item_id         TEXT NOT NULL,
        first_opened_at INTEGER,
        last_opened_at  INTEGER,
        open_count      INTEGER NOT NULL DEFAULT 0,
        position        REAL CHECK (position BETWEEN 0 AND 1),
        position_at     INTEGER,
        completed_at    INTEGER,
        completed_by    TEXT CHECK (completed_by IN ('explicit', 'end', 'imported')),
        active_seconds  INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (profile_id, pack_id, item_id)
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX item_state_recent ON item_state(profile_id, last_opened_at)"),
    // History: what happened when (exports, weekly time, streaks).
    QStringLiteral(R"(CREATE TABLE events (
        id           INTEGER PRIMARY KEY,
        profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('opened', 'time', 'completed')),
        pack_id      TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        at           INTEGER NOT NULL,
        seconds      INTEGER,
        completed_by TEXT,
        UNIQUE (profile_id, statement_id)
    ))"),
    QStringLiteral("CREATE INDEX events_by_time ON events(profile_id, at)"),
    // Covers weekly time (at, seconds) without visiting the table.
    QStringLiteral("CREATE INDEX events_by_pack ON events(profile_id, pack_id, kind, at, seconds)"),
    QStringLiteral(R"(CREATE TABLE attempts (
        id           INTEGER PRIMARY KEY,
        profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        uuid         TEXT NOT NULL,
        pack_id      TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        quiz_sha256  TEXT NOT NULL,
        mode         TEXT NOT NULL CHECK (mode IN ('immediate', 'exam')),
        seed         INTEGER NOT NULL,
        started_at   INTEGER NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('open', 'finished', 'abandoned')),
        finished_at  INTEGER,
        percent      REAL,
        earned       REAL,
        available    REAL,
        passed       INTEGER,
        statement_id TEXT,
        UNIQUE (profile_id, uuid),
        UNIQUE (profile_id, statement_id)
    ))"),
    // At most one open attempt per learner and quiz: the one to resume.
    QStringLiteral("CREATE UNIQUE INDEX attempts_one_open ON attempts(profile_id, pack_id, "
                   "item_id) WHERE status = 'open'"),
    QStringLiteral("CREATE INDEX attempts_by_item ON attempts(profile_id, pack_id, item_id)"),
    QStringLiteral(R"(CREATE TABLE answers (
        attempt_id   INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        question_id  TEXT NOT NULL,
        statement_id TEXT NOT NULL,
        response     TEXT NOT NULL,
        fraction     REAL NOT NULL CHECK (fraction BETWEEN 0 AND 1),
        correct      INTEGER NOT NULL,
        answered_at  INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, question_id)
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX answers_by_statement ON answers(statement_id)"),
};

} // namespace

const storage::Migrator &progressMigrator()
{
    static const storage::Migrator migrator({{1, kVersion1}});
    return migrator;
}

} // namespace oht::progress
