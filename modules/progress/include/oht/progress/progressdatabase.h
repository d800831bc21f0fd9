#pragma once

#include "oht/core/result.h"

#include <QString>
#include <memory>

namespace oht::storage {
class SqliteDatabase;
}

namespace oht::progress {

/// The learners' own database, `progress.sqlite` in the data directory: profiles, progress
/// events and quiz attempts. Kept apart from the library's `library.sqlite` so a learner's
/// record can be backed up or exported on its own and pack updates never touch it.
///
/// WAL with synchronous=FULL: every committed event survives a crash or a power cut. One
/// object owns one connection and is used from the thread that opened it.
class ProgressDatabase
{
public:
    static constexpr const char *kFileName = "progress.sqlite";
    /// The newest schema this build knows; a newer database is refused, untouched.
    static int latestSchemaVersion();

    /// Creates the folder and database if needed and migrates it.
    static Result<std::unique_ptr<ProgressDatabase>> open(const QString &dataDir);
    ~ProgressDatabase();
    ProgressDatabase(const ProgressDatabase &) = delete;
    ProgressDatabase &operator=(const ProgressDatabase &) = delete;

    QString filePath() const;
    int schemaVersion() const;

    /// The connection, for the stores of this module.
    storage::SqliteDatabase &sql();

private:
    struct Private;
    explicit ProgressDatabase(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace oht::progress
