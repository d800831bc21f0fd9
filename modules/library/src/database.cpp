#include "database.h"

#include "librarylog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <atomic>

namespace oht::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::Database", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("oht-library-%1").arg(++counter);
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName)), m_filePath(std::move(filePath))
{}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath)
{
    std::unique_ptr<Database> db(new Database(nextConnectionName(), filePath));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error::io(QStringLiteral("library.no-sqlite"),
                         tr("The SQLite driver for Qt (QSQLITE) is not available."));
    db->m_db.setDatabaseName(filePath);
    // Another process (ohtpack, a worker thread) may hold the write lock for a moment.
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return Error::io(QStringLiteral("library.open-failed"),
                         tr("Cannot open the library database %1: %2")
                             .arg(filePath, db->m_db.lastError().text()));
    return db;
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::configure()
{
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::io(QStringLiteral("library.no-wal"),
                         tr("The library database %1 cannot use write-ahead logging (mode %2).")
                             .arg(m_filePath, mode->toString()));
    // FULL keeps the last commits through a power cut; foreign keys are per connection.
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (auto r = exec(QString::fromLatin1(pragma)); !r)
            return r;
    }
    return {};
}

Result<void> Database::quickCheck()
{
    auto result = scalar(QStringLiteral("PRAGMA quick_check"));
    if (!result)
        return Error::io(
            QStringLiteral("library.corrupt"),
            tr("The library database %1 is damaged: %2").arg(m_filePath, result.error().message));
    if (result->toString() != QLatin1String("ok"))
        return Error::io(
            QStringLiteral("library.corrupt"),
            tr("The library database %1 is damaged: %2").arg(m_filePath, result->toString()));
    return {};
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(query.lastError());
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError());
    return query;
}

Result<void> Database::run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    auto query = prepare(sql);
    if (!query)
        return query.error();
    if (auto r = run(*query, values); !r)
        return r.error();
    return query->next() ? query->value(0) : QVariant();
}

Result<int> Database::userVersion()
{
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Error Database::sqlError(const QSqlError &error)
{
    qCWarning(lcLibrary) << "SQL error:" << error.text();
    return Error::io(QStringLiteral("library.database"),
                     tr("The library database reported an error: %1").arg(error.text()));
}

Transaction::~Transaction()
{
    if (m_active) {
        if (!m_db.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcLibrary) << "rollback failed";
    }
}

Result<void> Transaction::begin()
{
    if (auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r)
        return r;
    m_active = false;
    return {};
}

} // namespace oht::library
