#include "oht/progress/profilestore.h"
#include "oht/progress/progressdatabase.h"
#include "oht/storage/sqlitedatabase.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::progress;

class TestProgressDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsItsOwnFile()
    {
        test::TempDataDir dir;
        auto db = ProgressDatabase::open(dir.filePath(QStringLiteral("nested/data")));
        QVERIFY(db.ok());
        QCOMPARE((*db)->filePath(), dir.filePath(QStringLiteral("nested/data/progress.sqlite")));
        QCOMPARE((*db)->schemaVersion(), ProgressDatabase::latestSchemaVersion());
        QVERIFY(QFile::exists((*db)->filePath()));
        // The library's file is not touched.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nested/data/library.sqlite"))));
    }

    void durableSettings()
    {
        test::TempDataDir dir;
        auto db = ProgressDatabase::open(dir.path());
        QVERIFY(db.ok());
        auto &sql = (*db)->sql();
        QCOMPARE(sql.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql.scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        QCOMPARE(sql.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    }

    void reopenKeepsData()
    {
        test::TempDataDir dir;
        {
            auto db = ProgressDatabase::open(dir.path());
            QVERIFY(ProfileStore(**db).create(QStringLiteral("Ana")).ok());
        }
        auto db = ProgressDatabase::open(dir.path());
        QVERIFY(db.ok());
        QCOMPARE(ProfileStore(**db).list()->size(), 1);
    }

    void refusesANewerSchemaUntouched()
    {
        test::TempDataDir dir;
        const QString file = dir.filePath(QStringLiteral("progress.sqlite"));
        {
            auto db = ProgressDatabase::open(dir.path());
            QVERIFY(db.ok());
            QVERIFY((*db)->sql().exec(QStringLiteral("PRAGMA user_version = 99")).ok());
        }
        auto hash = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray before = hash();
        auto db = ProgressDatabase::open(dir.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("progress.schema-too-new"));
        QVERIFY(db.error().message.contains(QLatin1String("99")));
        QCOMPARE(hash(), before);
    }

    void refusesADamagedFile()
    {
        test::TempDataDir dir;
        QFile f(dir.filePath(QStringLiteral("progress.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = ProgressDatabase::open(dir.path());
        QVERIFY(!db.ok());
        QVERIFY(db.error().code.startsWith(QLatin1String("progress.")));
    }
};

QTEST_GUILESS_MAIN(TestProgressDatabase)
#include "tst_progressdatabase.moc"
