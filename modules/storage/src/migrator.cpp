#include "oht/storage/migrator.h"

#include "oht/storage/sqlitedatabase.h"
#include "oht/storage/transaction.h"
#include "storagelog.h"

#include <QCoreApplication>

namespace oht::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::storage::Migrator", text);
}

/// Runs one step in its own write transaction, unless another connection did it first.
Result<void> runStep(SqliteDatabase &db, const MigrationStep &step)
{
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto current = db.userVersion();
    if (!current)
        return current.error();
    if (*current >= step.version)
        return {};
    for (const QString &sql : step.statements) {
        if (auto r = db.exec(sql); !r)
            return Error::io(db.codePrefix() + QLatin1String(".migration-failed"),
                             tr("Updating the database %1 to schema %2 failed: %3")
                                 .arg(db.filePath())
                                 .arg(step.version)
                                 .arg(r.error().message));
    }
    if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcStorage) << db.filePath() << "migrated to schema" << step.version;
    return {};
}

} // namespace

Result<int> Migrator::check(SqliteDatabase &db) const
{
    auto version = db.userVersion();
    if (!version)
        return version.error();
    if (*version > latestVersion())
        return Error::io(db.codePrefix() + QLatin1String(".schema-too-new"),
                         tr("The database %1 was written by a newer version of the app (schema "
                            "%2; this app knows up to %3). Update the app; the database was not "
                            "changed.")
                             .arg(db.filePath())
                             .arg(*version)
                             .arg(latestVersion()));
    return *version;
}

Result<void> Migrator::migrate(SqliteDatabase &db) const
{
    auto from = check(db);
    if (!from)
        return from.error();
    // Cumulative steps: a database at version N runs every step above N, in order.
    for (const MigrationStep &step : m_steps) {
        if (*from < step.version) {
            if (auto r = runStep(db, step); !r)
                return r;
        }
    }
    return {};
}

Result<std::unique_ptr<SqliteDatabase>> Migrator::openAndMigrate(const QString &filePath,
                                                                 const QString &codePrefix,
                                                                 IntegrityCheck integrity) const
{
    auto db = SqliteDatabase::open(filePath, codePrefix);
    if (!db)
        return db.error();
    // Nothing is written before the version check: a newer app's database stays intact.
    const auto version = check(**db);
    if (!version)
        return version.error();
    if (integrity == IntegrityCheck::Always || *version < latestVersion()) {
        if (auto r = (*db)->quickCheck(); !r)
            return r.error();
    }
    if (auto r = (*db)->configure(); !r)
        return r.error();
    if (auto r = migrate(**db); !r)
        return r.error();
    return db;
}

} // namespace oht::storage
