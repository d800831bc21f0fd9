#include "libraryfixture.h"
#include "migrations.h"
#include "oht/library/library.h"
#include "tempdatadir.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using library::Migrations;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs statements on a database file through a plain connection of the test's own.
bool execAll(const QString &file, const QStringList &statements, QStringList *results = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
            while (results && q.next())
                results->append(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase("raw");
    return ok;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsTheSchemaInAnEmptyFolder();
    void connectionSettings();
    void reopeningKeepsData();
    void newerSchemaIsRefusedAndUntouched();
    void damagedFileIsRefusedAndUntouched();
    void version1LibraryKeepsItsLessons();
    void readOnlyOpenSkipsTheFullCheckUnlessMigrating();
};

void TestMigrations::createsTheSchemaInAnEmptyFolder()
{
    test::TempDataDir dir;
    const QString dataDir = dir.filePath("new/library"); // created on the way
    auto lib = library::Library::open(dataDir);
    QVERIFY2(lib.ok(), qPrintable(lib.ok() ? QString() : lib.error().message));
    QCOMPARE((*lib)->schemaVersion(), Migrations::kLatestVersion);
    QVERIFY(QFileInfo(dataDir + "/blobs").isDir());
    QVERIFY(QFileInfo(dataDir + "/tmp").isDir());

    QStringList tables;
    QVERIFY(execAll(dataDir + "/library.sqlite",
                    {"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                     "'lesson_text_%' ORDER BY name"},
                    &tables));
    QCOMPARE(tables, (QStringList{"blobs", "files", "items", "lesson_text", "lessons", "modules",
                                  "packs", "quizzes"}));
    QStringList version;
    QVERIFY(execAll(dataDir + "/library.sqlite", {"PRAGMA user_version"}, &version));
    QCOMPARE(version, QStringList{QString::number(Migrations::kLatestVersion)});
}

void TestMigrations::connectionSettings()
{
    test::TempDataDir dir;
    auto lib = library::Library::open(dir.path());
    QVERIFY(lib.ok());
    QStringList mode;
    QVERIFY(execAll(dir.filePath("library.sqlite"), {"PRAGMA journal_mode"}, &mode));
    QCOMPARE(mode, QStringList{"wal"}); // persistent: written by the library's connection
    QStringList pageSize;
    QVERIFY(execAll(dir.filePath("library.sqlite"), {"PRAGMA page_size"}, &pageSize));
    QCOMPARE(pageSize, QStringList{"8192"}); // a new file gets the faster page size
}

void TestMigrations::reopeningKeepsData()
{
    test::TempDataDir work;
    test::TempDataDir dir;
    const QString pack = test::buildPack(test::PackSourceWriter(), work.path(), "p");
    {
        auto lib = library::Library::open(dir.path());
        QVERIFY(lib.ok());
        QVERIFY((*lib)->importPack(pack).ok());
    }
    const QString before = test::dumpDatabase(dir.path());
    auto lib = library::Library::open(dir.path());
    QVERIFY(lib.ok());
    QCOMPARE((*lib)->packs()->size(), 1);
    QCOMPARE(test::dumpDatabase(dir.path()), before);
}

void TestMigrations::newerSchemaIsRefusedAndUntouched()
{
    test::TempDataDir dir;
    const QString file = dir.filePath("library.sqlite");
    QVERIFY(execAll(
        file, {"CREATE TABLE future (x)", "INSERT INTO future VALUES (42)",
               QStringLiteral("PRAGMA user_version = %1").arg(Migrations::kLatestVersion + 1)}));
    const QByteArray bytes = readFile(file);
    QVERIFY(!bytes.isEmpty());

    const auto lib = library::Library::open(dir.path());
    QVERIFY(!lib.ok());
    QCOMPARE(lib.error().code, QStringLiteral("library.schema-too-new"));
    QVERIFY(!lib.error().message.isEmpty());
    QVERIFY(!lib.error().message.contains('\n'));
    QCOMPARE(readFile(file), bytes);
    QVERIFY(!QFile::exists(file + "-wal")); // not even switched to WAL
}

void TestMigrations::damagedFileIsRefusedAndUntouched()
{
    test::TempDataDir dir;
    const QString file = dir.filePath("library.sqlite");
    QByteArray junk = "SQLite format 3";
    junk.append('\0');
    junk.append(QByteArray(8192, '\x5a'));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    const auto lib = library::Library::open(dir.path());
    QVERIFY(!lib.ok());
    QCOMPARE(lib.error().kind, ErrorKind::Io);
    QCOMPARE(readFile(file), junk);
}

void TestMigrations::version1LibraryKeepsItsLessons()
{
    // A library written by schema 1 stored every lesson's HTML; version 2 drops that copy
    // and renders from the stored file. The learner's packs must read the same afterwards.
    test::TempDataDir work;
    test::TempDataDir dir;
    const QString pack = test::buildPack(test::PackSourceWriter(), work.path(), "p");
    QString packId;
    QString itemId;
    QString before;
    {
        auto lib = library::Library::open(dir.path());
        QVERIFY(lib.ok());
        auto report = (*lib)->importPack(pack);
        QVERIFY(report.ok());
        packId = report->packId;
        const auto outline = (*lib)->outline(packId);
        QVERIFY(outline.ok());
        for (const auto &module : *outline)
            for (const auto &item : module.items)
                if (item.kind == packformat::ItemKind::Lesson && itemId.isEmpty())
                    itemId = item.id;
        QVERIFY(!itemId.isEmpty());
        auto html = (*lib)->lessonHtml(packId, itemId);
        QVERIFY(html.ok());
        before = *html;
        QVERIFY(!before.isEmpty());
    }
    // Turn it back into a version-1 file: the old column, filled, and the old version.
    QVERIFY(execAll(dir.filePath("library.sqlite"),
                    {"ALTER TABLE lessons ADD COLUMN html TEXT NOT NULL DEFAULT ''",
                     "UPDATE lessons SET html = '<p>old copy</p>'", "PRAGMA user_version = 1"}));

    auto lib = library::Library::open(dir.path());
    QVERIFY2(lib.ok(), qPrintable(lib.ok() ? QString() : lib.error().message));
    QCOMPARE((*lib)->schemaVersion(), 2);
    QStringList columns;
    QVERIFY(execAll(dir.filePath("library.sqlite"),
                    {"SELECT name FROM pragma_table_info('lessons')"}, &columns));
    QVERIFY(!columns.contains("html"));
    auto html = (*lib)->lessonHtml(packId, itemId);
    QVERIFY(html.ok());
    QCOMPARE(*html, before);
    QVERIFY((*lib)->search(QStringLiteral("lesson"), 5).ok());
}

void TestMigrations::readOnlyOpenSkipsTheFullCheckUnlessMigrating()
{
    // A file whose pages are damaged past the header: quick_check finds it, a read-only
    // open at the current version does not look, and a pending migration always looks.
    test::TempDataDir work;
    test::TempDataDir dir;
    const QString pack = test::buildPack(test::PackSourceWriter(), work.path(), "p");
    {
        auto lib = library::Library::open(dir.path());
        QVERIFY(lib.ok());
        QVERIFY((*lib)->importPack(pack).ok());
    }
    QVERIFY(execAll(dir.filePath("library.sqlite"), {"PRAGMA wal_checkpoint(TRUNCATE)"}));
    const QString file = dir.filePath("library.sqlite");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 4 * 4096);
    f.seek(size - 2 * 4096); // a page of table data near the end, not the header
    f.write(QByteArray(4096, '\x33'));
    f.close();

    QVERIFY(library::Library::open(dir.path(), storage::IntegrityCheck::BeforeWriting).ok());
    const auto checked = library::Library::open(dir.path());
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, QStringLiteral("library.corrupt"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
