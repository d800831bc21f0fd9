#include "importtestsupport.h"
#include "libraryfixture.h"
#include "oht/library/library.h"
#include "packentries.h"
#include "rawzipbuilder.h"
#include "tempdatadir.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using library::ImportOutcome;
using test::importerSource;
using test::noise;
using test::TestObserver;

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void firstInstall();
    void sameVersionIsNoOpWithoutExtracting();
    void newerVersionUpdatesInPlace();
    void olderVersionIsRefused();
    void olderVersionWithForce();
    void refusalKeepsAllFindings();
    void progressIsReported();
    void largeFilesStayFilesSmallOnesArePacked();
    void blobFilesOfOlderLibrariesAreStillRead();

private:
    QString build(const test::PackSourceWriter &source, const QString &name)
    {
        return test::buildPack(source, m_work->path(), name);
    }
    std::unique_ptr<test::TempDataDir> m_work;
    std::unique_ptr<test::TempDataDir> m_data;
    std::unique_ptr<library::Library> m_lib;
};

void TestImporter::init()
{
    m_work = std::make_unique<test::TempDataDir>();
    m_data = std::make_unique<test::TempDataDir>();
    auto lib = library::Library::open(m_data->path());
    QVERIFY2(lib.ok(), qPrintable(lib.ok() ? QString() : lib.error().message));
    m_lib = std::move(lib).value();
}

void TestImporter::cleanup()
{
    m_lib.reset();
}

void TestImporter::firstInstall()
{
    const QString pack = build(importerSource("1.0.0"), "v1");
    QVERIFY(!pack.isEmpty());
    const auto report = m_lib->importPack(pack);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->outcome, ImportOutcome::Installed);
    QCOMPARE(report->packId, QStringLiteral("org.example.importer"));
    QCOMPARE(report->version, QStringLiteral("1.0.0"));
    QVERIFY(report->previousVersion.isEmpty());

    const auto packs = m_lib->packs();
    QVERIFY(packs.ok());
    QCOMPARE(packs->size(), 1);
    QCOMPARE(packs->first().lessonCount, 2);
    QCOMPARE(packs->first().quizCount, 1);
    const auto html = m_lib->lessonHtml("org.example.importer", "lesson-1");
    QVERIFY(html.ok());
    QVERIFY2(html->contains("<strong>patients</strong>"), qPrintable(*html));
    const auto quiz = m_lib->quizJson("org.example.importer", "quiz-1");
    QVERIFY(quiz.ok());
    QCOMPARE(*quiz, test::PackSourceWriter::minimalQuiz());
    // One blob per distinct file: the small ones packed, zz/late.bin (200 kB) a file;
    // nothing left in tmp/.
    QCOMPARE(test::storedBlobs(m_data->path()).size(), 5);
    QCOMPARE(test::packedBlobs(m_data->path()).size(), 4);
    QCOMPARE(test::filesUnder(m_data->path(), "blobs").size(), 1);
    QCOMPARE(test::filesUnder(m_data->path(), "tmp"), QStringList());
}

void TestImporter::sameVersionIsNoOpWithoutExtracting()
{
    const QString pack = build(importerSource("1.0.0"), "v1");
    QVERIFY(m_lib->importPack(pack).ok());
    const auto before = test::libraryState(m_data->path());

    const auto again = m_lib->importPack(pack);
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, ImportOutcome::AlreadyInstalled);
    QCOMPARE(again->previousVersion, QStringLiteral("1.0.0"));
    QVERIFY(test::libraryState(m_data->path()) == before);

    // The same version with a corrupt last entry: still a no-op, because nothing past
    // pack.json is decompressed.
    auto entries = test::readPackEntries(pack);
    test::RawZipBuilder raw;
    for (const auto &e : entries)
        raw.add(e.name.toUtf8(), e.data, test::RawZipBuilder::Method::Stored);
    QByteArray bytes = raw.build();
    bytes[raw.dataOffset(raw.count() - 1) + 100] ^= 0x55;
    const QString corrupt = m_work->filePath("corrupt-same.ohtpack");
    QVERIFY(test::RawZipBuilder::writeFile(corrupt, bytes));
    const auto corruptReport = m_lib->importPack(corrupt);
    QVERIFY(corruptReport.ok());
    QCOMPARE(corruptReport->outcome, ImportOutcome::AlreadyInstalled);
    QVERIFY(test::libraryState(m_data->path()) == before);
}

void TestImporter::newerVersionUpdatesInPlace()
{
    QVERIFY(m_lib->importPack(build(importerSource("1.0.0"), "v1")).ok());
    const auto installed = m_lib->pack("org.example.importer");
    QVERIFY(installed.ok());

    // A stand-in for the progress tables later migrations add: keyed on items, cascading.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "progress");
        db.setDatabaseName(m_data->filePath("library.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("CREATE TABLE progress_test (pack_id TEXT, item_id TEXT, done INTEGER, "
                       "FOREIGN KEY (pack_id, item_id) REFERENCES items(pack_id, item_id) "
                       "ON DELETE CASCADE)"));
        QVERIFY(q.exec("INSERT INTO progress_test VALUES ('org.example.importer', 'lesson-1', 1), "
                       "('org.example.importer', 'lesson-2', 1)"));
    }
    QSqlDatabase::removeDatabase("progress");

    auto v2 = importerSource("2.0.0");
    auto modules = v2.manifest()["modules"].toArray();
    auto module = modules[0].toObject();
    QJsonArray items = module["items"].toArray();
    items.removeAt(2); // lesson-2 dropped
    auto first = items[0].toObject();
    first["title"] = "First lesson, revised";
    items[0] = first;
    items.append(QJsonObject{{"id", "lesson-3"},
                             {"type", "lesson"},
                             {"title", "Third lesson"},
                             {"file", "lessons/lesson-3.md"}});
    module["items"] = items;
    modules[0] = module;
    v2.manifest()["modules"] = modules;
    v2.removeFile("lessons/lesson-2.md");
    v2.setFile("lessons/lesson-1.md", "# One\n\nRevised text about **clinicians**.\n");
    v2.setFile("lessons/lesson-3.md", "# Three\n\nNew.\n");

    QTest::qSleep(5); // updated_at must move on
    const auto report = m_lib->importPack(build(v2, "v2"));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->outcome, ImportOutcome::Updated);
    QCOMPARE(report->previousVersion, QStringLiteral("1.0.0"));
    QCOMPARE(report->version, QStringLiteral("2.0.0"));

    const auto updated = m_lib->pack("org.example.importer");
    QVERIFY(updated.ok());
    QCOMPARE(updated->version, QStringLiteral("2.0.0"));
    QCOMPARE(updated->installedAt, installed->installedAt);
    QVERIFY(updated->updatedAt > installed->updatedAt);
    QCOMPARE(updated->lessonCount, 2);
    QVERIFY(m_lib->lessonHtml("org.example.importer", "lesson-1")->contains("clinicians"));
    QVERIFY(m_lib->lessonHtml("org.example.importer", "lesson-3").ok());
    const auto dropped = m_lib->lessonHtml("org.example.importer", "lesson-2");
    QVERIFY(!dropped.ok());
    QCOMPARE(dropped.error().code, QStringLiteral("library.unknown-item"));
    const auto manifest = m_lib->manifest("org.example.importer");
    QCOMPARE(manifest->findItem("lesson-1")->title, QStringLiteral("First lesson, revised"));
    QVERIFY(!m_lib->openFile("org.example.importer", "lessons/lesson-2.md").ok());

    // The kept item's row was updated in place (its progress row survived); the dropped
    // item's row was deleted.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "progress");
        db.setDatabaseName(m_data->filePath("library.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q("SELECT item_id FROM progress_test ORDER BY item_id", db);
        QStringList kept;
        while (q.next())
            kept << q.value(0).toString();
        QCOMPARE(kept, QStringList{"lesson-1"});
    }
    QSqlDatabase::removeDatabase("progress");
}

void TestImporter::olderVersionIsRefused()
{
    const QString v1 = build(importerSource("1.0.0"), "v1");
    QVERIFY(m_lib->importPack(build(importerSource("2.0.0"), "v2")).ok());
    const auto before = test::libraryState(m_data->path());

    const auto report = m_lib->importPack(v1);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(report.error().code, QStringLiteral("library.older-version"));
    QVERIFY(report.error().message.contains("2.0.0"));
    QVERIFY(report.error().message.contains("1.0.0"));
    QVERIFY(report.error().message.contains("--force"));
    QVERIFY(test::libraryState(m_data->path()) == before);
}

void TestImporter::olderVersionWithForce()
{
    const QString v1 = build(importerSource("1.0.0"), "v1");
    QVERIFY(m_lib->importPack(build(importerSource("2.0.0"), "v2")).ok());
    library::ImportOptions options;
    options.force = true;
    const auto report = m_lib->importPack(v1, options);
    QVERIFY(report.ok());
    QCOMPARE(report->outcome, ImportOutcome::Downgraded);
    QCOMPARE(report->previousVersion, QStringLiteral("2.0.0"));
    QCOMPARE(m_lib->pack("org.example.importer")->version, QStringLiteral("1.0.0"));
    QVERIFY(m_lib->lessonHtml("org.example.importer", "lesson-2")->contains("Version 1.0.0"));
}

void TestImporter::refusalKeepsAllFindings()
{
    auto entries = test::readPackEntries(build(importerSource("1.0.0"), "v1"));
    test::setEntryData(entries, "lessons/lesson-1.md", "changed");
    test::setEntryData(entries, "lessons/lesson-2.md", "changed too");
    const QString bad = m_work->filePath("bad.ohtpack");
    QVERIFY(test::writePackEntries(bad, entries));

    const auto report = m_lib->importPack(bad);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(report.error().code, QStringLiteral("hash-mismatch"));
    int mismatches = 0;
    for (const auto &f : m_lib->lastImportFindings())
        mismatches += f.code == "hash-mismatch" ? 1 : 0;
    QCOMPARE(mismatches, 2);
    QVERIFY2(report.error().message.contains("1 more"), qPrintable(report.error().message));

    // A later successful import replaces them.
    QVERIFY(m_lib->importPack(build(importerSource("1.0.0"), "good")).ok());
    QVERIFY(!packformat::hasErrors(m_lib->lastImportFindings()));
}

void TestImporter::progressIsReported()
{
    TestObserver observer;
    QVERIFY(m_lib->importPack(build(importerSource("1.0.0"), "v1"), {}, &observer).ok());
    QVERIFY(observer.progressCalls > 0);
    QVERIFY(observer.monotonic);
    QVERIFY(observer.lastTotal > 250'000);
    QCOMPARE(observer.lastDone, observer.lastTotal);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

void TestImporter::largeFilesStayFilesSmallOnesArePacked()
{
    auto source = importerSource("1.0.0");
    // Just over the packing limit, in a format stored as is: a file of its own.
    QByteArray video(256 * 1024 + 1, Qt::Uninitialized);
    for (qsizetype i = 0; i < video.size(); ++i)
        video[i] = char((i * 7919) >> 3);
    source.setFile("media/clip.mp4", video);
    source.setFile("media/small.png", QByteArray("small image"));
    QVERIFY(m_lib->importPack(build(source, "v1")).ok());

    const QByteArray videoSha = *m_lib->fileSha256("org.example.importer", "media/clip.mp4");
    QVERIFY(test::filesUnder(m_data->path(), "blobs")
                .contains(QString::fromLatin1(videoSha.left(2) + '/' + videoSha)));
    QVERIFY(!test::storedBlobs(m_data->path()).isEmpty());
    for (const QString &row : test::packedBlobs(m_data->path()))
        QVERIFY(!row.startsWith(QString::fromLatin1(videoSha)));
    const QByteArray smallSha = *m_lib->fileSha256("org.example.importer", "media/small.png");
    QVERIFY(test::packedBlobs(m_data->path()).contains(QString::fromLatin1(smallSha) + " 11"));

    // Both read back the same way; the large one is streamed from its file.
    auto clip = m_lib->openFile("org.example.importer", "media/clip.mp4");
    QVERIFY(clip.ok());
    QVERIFY(qobject_cast<QFile *>(clip->get()));
    QCOMPARE((*clip)->readAll(), video);
    auto small = m_lib->openFile("org.example.importer", "media/small.png");
    QVERIFY(small.ok());
    QCOMPARE((*small)->readAll(), QByteArray("small image"));
    QCOMPARE(*m_lib->readFile("org.example.importer", "media/clip.mp4"), video);

    // An export gives back the pack byte for byte, whichever store each file came from.
    const QString exported = m_work->filePath("exported.ohtpack");
    QVERIFY(m_lib->exportPack("org.example.importer", exported).ok());
    QFile original(m_work->filePath("v1.ohtpack")), copy(exported);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
}

void TestImporter::blobFilesOfOlderLibrariesAreStillRead()
{
    // Libraries written before the packed store keep every blob as a file. Turn this
    // library's packed lesson back into such a file: it must still be read, exported and
    // reused by a later import instead of being stored twice.
    QVERIFY(m_lib->importPack(build(importerSource("1.0.0"), "v1")).ok());
    const QByteArray sha = *m_lib->fileSha256("org.example.importer", "lessons/lesson-1.md");
    const QByteArray bytes = *m_lib->readFile("org.example.importer", "lessons/lesson-1.md");
    m_lib.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "packed");
        db.setDatabaseName(m_data->filePath("blobs.sqlite"));
        QVERIFY(db.open());
        QSqlQuery remove(db);
        QVERIFY(remove.prepare("DELETE FROM blobs WHERE sha256 = ?"));
        remove.addBindValue(QString::fromLatin1(sha));
        QVERIFY(remove.exec());
        QCOMPARE(remove.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase("packed");
    const QString file = m_data->filePath("blobs/" + QString::fromLatin1(sha.left(2)));
    QVERIFY(QDir().mkpath(file));
    QFile blob(file + '/' + QString::fromLatin1(sha));
    QVERIFY(blob.open(QIODevice::WriteOnly) && blob.write(bytes) == bytes.size());
    blob.close();
    m_lib = std::move(library::Library::open(m_data->path())).value();

    QCOMPARE(*m_lib->readFile("org.example.importer", "lessons/lesson-1.md"), bytes);
    QVERIFY(m_lib->lessonHtml("org.example.importer", "lesson-1").ok());
    QVERIFY(m_lib->exportPack("org.example.importer", m_work->filePath("e.ohtpack")).ok());
    QVERIFY(m_lib->importPack(build(importerSource("1.1.0"), "v2")).ok());
    QCOMPARE(test::storedBlobs(m_data->path()).count(QString::fromLatin1(sha)), 1);
}
