#pragma once

#include "oht/core/result.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace oht::storage {

class SqliteDatabase;

/// When opening runs SQLite's quick_check, which reads the whole file: worth it before an
/// app that writes, too slow for a one-shot read (a command-line search of a large library
/// would spend most of its time on it). A damaged file still fails the read queries later.
enum class IntegrityCheck {
    Always,        ///< at every open
    BeforeWriting, ///< only when a migration is about to change the file
};

/// One numbered schema step: the statements that take a database from version-1 to
/// version. Released steps are never edited; later features add steps.
struct MigrationStep
{
    int version = 0;
    QStringList statements;
};

/// Numbered migrations keyed on PRAGMA user_version. Each step runs in one transaction
/// that also bumps user_version, so a database is always at a whole version; a database
/// newer than the last step is refused and left untouched.
class Migrator
{
public:
    /// `steps` in ascending version order, starting at 1.
    explicit Migrator(QList<MigrationStep> steps) : m_steps(std::move(steps)) {}

    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.last().version; }

    /// Reads the schema version without writing; refuses one newer than latestVersion()
    /// ("<prefix>.schema-too-new"), so an older app never damages a newer database.
    Result<int> check(SqliteDatabase &db) const;

    /// Brings the schema up to latestVersion(). Safe when several processes open the same
    /// new database at once: each step re-reads the version inside its write transaction.
    Result<void> migrate(SqliteDatabase &db) const;

    /// The whole opening sequence: open the file, check the version (before any write),
    /// quick_check (see IntegrityCheck), configure (WAL, synchronous=FULL, foreign keys),
    /// migrate.
    Result<std::unique_ptr<SqliteDatabase>>
    openAndMigrate(const QString &filePath, const QString &codePrefix,
                   IntegrityCheck integrity = IntegrityCheck::Always) const;

private:
    QList<MigrationStep> m_steps;
};

} // namespace oht::storage
