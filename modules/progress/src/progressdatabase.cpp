#include "oht/progress/progressdatabase.h"

#include "oht/storage/sqlitedatabase.h"
#include "progressschema.h"

#include <QCoreApplication>
#include <QDir>

namespace oht::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::ProgressDatabase", text);
}

} // namespace

struct ProgressDatabase::Private
{
    std::unique_ptr<storage::SqliteDatabase> db;
    int schemaVersion = 0;
};

ProgressDatabase::ProgressDatabase(std::unique_ptr<Private> d) : d(std::move(d)) {}

ProgressDatabase::~ProgressDatabase() = default;

int ProgressDatabase::latestSchemaVersion()
{
    return progressMigrator().latestVersion();
}

Result<std::unique_ptr<ProgressDatabase>> ProgressDatabase::open(const QString &dataDir)
{
    const QString dir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::io(QStringLiteral("progress.mkdir-failed"),
                         tr("Cannot create the folder %1 for learners' progress.").arg(dir));
    auto db = progressMigrator().openAndMigrate(dir + QLatin1Char('/') + QLatin1String(kFileName),
                                                QStringLiteral("progress"));
    if (!db)
        return db.error();
    auto d = std::make_unique<Private>();
    d->db = std::move(db).value();
    auto version = d->db->userVersion();
    if (!version)
        return version.error();
    d->schemaVersion = *version;
    return std::unique_ptr<ProgressDatabase>(new ProgressDatabase(std::move(d)));
}

QString ProgressDatabase::filePath() const
{
    return d->db->filePath();
}

int ProgressDatabase::schemaVersion() const
{
    return d->schemaVersion;
}

storage::SqliteDatabase &ProgressDatabase::sql()
{
    return *d->db;
}

} // namespace oht::progress
