#pragma once

#include "oht/core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

class QSqlError;

namespace oht::storage {

/// One QSQLITE connection under a name unique to this object (Qt keeps connections in a
/// process-wide registry by name). Used from one thread.
///
/// `codePrefix` names the database in error codes ("library" gives "library.corrupt",
/// "library.database"…), so each module keeps its own stable codes.
class SqliteDatabase
{
public:
    /// Opens (creating if needed) the file, without writing to it: callers check the
    /// schema version before configure() may touch a database from a newer app.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &filePath,
                                                        const QString &codePrefix);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// WAL, synchronous=FULL, foreign keys, in-memory temporary tables: the settings every
    /// connection needs.
    Result<void> configure();
    /// PRAGMA quick_check; fails with a "<prefix>.corrupt" error unless it says ok.
    Result<void> quickCheck();

    QString filePath() const { return m_filePath; }
    QString codePrefix() const { return m_codePrefix; }
    QSqlDatabase &connection() { return m_db; }

    /// Runs one statement without parameters.
    Result<void> exec(const QString &sql);
    /// A prepared statement, or the error that preparing it gave.
    Result<QSqlQuery> prepare(const QString &sql);
    /// Executes a prepared statement of any SqliteDatabase with positional values; errors
    /// carry that database's code prefix and file name.
    static Result<void> run(QSqlQuery &query, const QVariantList &values = {});
    /// prepare() + run() in one call.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values = {});
    /// The first column of the first row of `sql`, or an invalid QVariant without rows.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    Result<int> userVersion();

    /// A translated error naming what failed, for a failed statement.
    Error sqlError(const QSqlError &error) const;
    /// The same for a statement of whichever SqliteDatabase prepared `query`.
    static Error sqlError(const QSqlQuery &query);

private:
    SqliteDatabase(QString connectionName, QString filePath, QString codePrefix);
    QString m_connectionName;
    QString m_filePath;
    QString m_codePrefix;
    QSqlDatabase m_db;
};

} // namespace oht::storage
