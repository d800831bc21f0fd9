#pragma once

#include "oht/core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace oht::library {

/// One QSQLITE connection to the library database, under a name unique to this object
/// (Qt keeps connections in a process-wide registry by name). Used from one thread.
class Database
{
public:
    /// Opens (creating if needed) the file, without writing to it: callers check the
    /// schema version before configure() may touch a database from a newer app.
    static Result<std::unique_ptr<Database>> open(const QString &filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// WAL, synchronous=FULL, foreign keys: the settings every connection needs.
    Result<void> configure();
    /// PRAGMA quick_check; fails with a "library.corrupt" error unless it says ok.
    Result<void> quickCheck();

    QString filePath() const { return m_filePath; }
    QSqlDatabase &connection() { return m_db; }

    /// Runs one statement without parameters.
    Result<void> exec(const QString &sql);
    /// A prepared statement, or the error that preparing it gave.
    Result<QSqlQuery> prepare(const QString &sql);
    /// Executes a prepared statement with positional values.
    static Result<void> run(QSqlQuery &query, const QVariantList &values = {});
    /// The first column of the first row of `sql`, or an invalid QVariant without rows.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    Result<int> userVersion();

    /// A translated error naming what failed, for a failed statement.
    static Error sqlError(const QSqlError &error);

private:
    Database(QString connectionName, QString filePath);
    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
};

/// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted. IMMEDIATE takes the
/// write lock up front, so two writers queue on the busy timeout instead of one failing
/// with SQLITE_BUSY half-way through its transaction.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace oht::library
