#include "libraryfixture.h"
#include "oht/library/library.h"
#include "packentries.h"
#include "rawzipbuilder.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using library::ImportOutcome;

namespace {

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (auto &b : bytes)
        b = char(gen.bounded(256));
    return bytes;
}

/// A pack with two lessons, a quiz, and media; `version` decides its content.
test::PackSourceWriter source(const QString &version)
{
    test::PackSourceWriter source("org.example.importer", version);
    auto modules = source.manifest()["modules"].toArray();
    auto module = modules[0].toObject();
    auto items = module["items"].toArray();
    items.append(QJsonObject{{"id", "lesson-2"},
                             {"type", "lesson"},
                             {"title", "Second lesson"},
                             {"file", "lessons/lesson-2.md"}});
    module["items"] = items;
    modules[0] = module;
    source.manifest()["modules"] = modules;
    source.setFile("lessons/lesson-2.md", "# Two\n\nVersion " + version.toUtf8() + " text.\n");
    source.setFile("media/photo.bin", noise(50'000, 7));
    source.setFile("zz/late.bin", noise(200'000, 8));
    return source;
}

/// Cancels at the n-th poll (0 = the first); counts polls and records progress.
class Observer : public library::ImportObserver
{
public:
    explicit Observer(int cancelAt = -1) : m_cancelAt(cancelAt) {}
    void progress(qint64 done, qint64 total) override
    {
        monotonic = monotonic && done >= lastDone;
        lastDone = done;
        lastTotal = total;
        ++progressCalls;
    }
    bool isCancelled() const override
    {
        const int poll = polls++;
        return m_cancelAt >= 0 && poll >= m_cancelAt;
    }

    mutable int polls = 0;
    int progressCalls = 0;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    bool monotonic = true;

private:
    int m_cancelAt;
};

} // namespace

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
    void rejectedPackLeavesLibraryUnchanged_data();
    void rejectedPackLeavesLibraryUnchanged();
    void refusalKeepsAllFindings();
    void cancellationLeavesLibraryUnchanged_data();
    void cancellationLeavesLibraryUnchanged();
    void progressIsReported();

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
    const QString pack = build(source("1.0.0"), "v1");
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
    // One blob per distinct file, nothing left in tmp/.
    QCOMPARE(test::filesUnder(m_data->path(), "blobs").size(), 5);
    QCOMPARE(test::filesUnder(m_data->path(), "tmp"), QStringList());
}

void TestImporter::sameVersionIsNoOpWithoutExtracting()
{
    const QString pack = build(source("1.0.0"), "v1");
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
    QVERIFY(m_lib->importPack(build(source("1.0.0"), "v1")).ok());
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

    auto v2 = source("2.0.0");
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
    QVERIFY(!m_lib->filePath("org.example.importer", "lessons/lesson-2.md").ok());

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
    const QString v1 = build(source("1.0.0"), "v1");
    QVERIFY(m_lib->importPack(build(source("2.0.0"), "v2")).ok());
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
    const QString v1 = build(source("1.0.0"), "v1");
    QVERIFY(m_lib->importPack(build(source("2.0.0"), "v2")).ok());
    library::ImportOptions options;
    options.force = true;
    const auto report = m_lib->importPack(v1, options);
    QVERIFY(report.ok());
    QCOMPARE(report->outcome, ImportOutcome::Downgraded);
    QCOMPARE(report->previousVersion, QStringLiteral("2.0.0"));
    QCOMPARE(m_lib->pack("org.example.importer")->version, QStringLiteral("1.0.0"));
    QVERIFY(m_lib->lessonHtml("org.example.importer", "lesson-2")->contains("Version 1.0.0"));
}

void TestImporter::rejectedPackLeavesLibraryUnchanged_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("lesson changed after build") << "hash"
                                                << "hash-mismatch";
    QTest::newRow("file not in the list") << "unlisted"
                                          << "file-unlisted";
    QTest::newRow("path traversal entry") << "unsafe"
                                          << "archive.path-traversal";
    QTest::newRow("invalid manifest") << "manifest"
                                      << "missing-field";
    QTest::newRow("no manifest") << "no-manifest"
                                 << "archive.missing-manifest";
    QTest::newRow("corrupt last entry") << "late-crc"
                                        << "archive.corrupt";
    QTest::newRow("last entry over the limit") << "late-limit"
                                               << "archive.entry-too-large";
    QTest::newRow("not a zip") << "junk"
                               << "archive.not-zip";
}

void TestImporter::rejectedPackLeavesLibraryUnchanged()
{
    QFETCH(QString, breakage);
    QFETCH(QString, expectedCode);
    // An installed v1 (the bad v2 would update it) and an unrelated pack.
    QVERIFY(m_lib->importPack(build(source("1.0.0"), "v1")).ok());
    QVERIFY(m_lib->importPack(build(test::PackSourceWriter("org.example.other"), "other")).ok());
    const auto before = test::libraryState(m_data->path());

    auto entries = test::readPackEntries(build(source("2.0.0"), "v2"));
    QVERIFY(!entries.isEmpty());
    library::ImportOptions options;
    const QString bad = m_work->filePath("bad.ohtpack");
    test::RawZipBuilder raw;
    auto rawFrom = [&](const QList<test::PackEntry> &list) {
        for (const auto &e : list)
            raw.add(e.name.toUtf8(), e.data, test::RawZipBuilder::Method::Stored);
    };
    QByteArray bytes;
    if (breakage == "hash") {
        test::setEntryData(entries, "lessons/lesson-2.md", "# Two\n\nSwapped after the build.\n");
    } else if (breakage == "unlisted") {
        entries.append(test::PackEntry{"media/extra.bin", "extra"});
    } else if (breakage == "unsafe") {
        rawFrom(entries);
        raw.add("../evil.txt", "evil");
        bytes = raw.build();
    } else if (breakage == "manifest") {
        QByteArray manifest = test::entryData(entries, "pack.json");
        manifest.replace("\"title\"", "\"titel\"");
        test::setEntryData(entries, "pack.json", manifest);
    } else if (breakage == "no-manifest") {
        test::removeEntry(entries, "pack.json");
    } else if (breakage == "late-crc") {
        QCOMPARE(entries.last().name, QStringLiteral("zz/late.bin"));
        rawFrom(entries);
        bytes = raw.build();
        bytes[raw.dataOffset(raw.count() - 1) + 1000] ^= 0x55;
    } else if (breakage == "late-limit") {
        options.limits.maxEntryBytes = 100'000; // zz/late.bin is 200,000 bytes
    } else if (breakage == "big-lesson") {
        // Base64 of noise: text that stays under the archive's compression-ratio cap.
        test::setEntryData(entries, "lessons/lesson-2.md", noise(13 * 1024 * 1024, 9).toBase64());
    } else if (breakage == "junk") {
        bytes = "just some text, not an archive\n";
    }
    if (bytes.isEmpty())
        QVERIFY(test::writePackEntries(bad, entries));
    else
        QVERIFY(test::RawZipBuilder::writeFile(bad, bytes));

    const auto report = m_lib->importPack(bad, options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, expectedCode);
    QVERIFY(!report.error().message.isEmpty());
    QVERIFY(!report.error().message.contains('\n'));
    // Rows, blob files and tmp/ exactly as before, without needing a sweep.
    QVERIFY(test::libraryState(m_data->path()) == before);
    QCOMPARE(*m_lib->sweepOrphans(), 0);
    QCOMPARE(m_lib->pack("org.example.importer")->version, QStringLiteral("1.0.0"));
}

void TestImporter::refusalKeepsAllFindings()
{
    auto entries = test::readPackEntries(build(source("1.0.0"), "v1"));
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
    QVERIFY(m_lib->importPack(build(source("1.0.0"), "good")).ok());
    QVERIFY(!packformat::hasErrors(m_lib->lastImportFindings()));
}

void TestImporter::cancellationLeavesLibraryUnchanged_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::addColumn<bool>("lastPoll");
    QTest::newRow("before starting") << 0 << false;
    QTest::newRow("during extraction") << 5 << false;
    QTest::newRow("just before the commit") << -1 << true;
}

void TestImporter::cancellationLeavesLibraryUnchanged()
{
    QFETCH(int, cancelAt);
    QFETCH(bool, lastPoll);
    QVERIFY(m_lib->importPack(build(source("1.0.0"), "v1")).ok());
    const QString v2 = build(source("2.0.0"), "v2");
    if (lastPoll) {
        // Count the polls of a full import elsewhere, then cancel at the last one.
        test::TempDataDir other;
        auto lib = library::Library::open(other.path());
        Observer counter;
        QVERIFY((*lib)->importPack(v2, {}, &counter).ok());
        cancelAt = counter.polls - 1;
    }
    const auto before = test::libraryState(m_data->path());
    Observer observer(cancelAt);
    const auto report = m_lib->importPack(v2, {}, &observer);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QCOMPARE(test::dumpDatabase(m_data->path()), before.rows);
    QCOMPARE(test::filesUnder(m_data->path(), "tmp"), QStringList());
    // Cancelled after blobs were moved into place: those are orphans for the sweep.
    QVERIFY(m_lib->sweepOrphans().ok());
    QVERIFY(test::libraryState(m_data->path()) == before);
}

void TestImporter::progressIsReported()
{
    Observer observer;
    QVERIFY(m_lib->importPack(build(source("1.0.0"), "v1"), {}, &observer).ok());
    QVERIFY(observer.progressCalls > 0);
    QVERIFY(observer.monotonic);
    QVERIFY(observer.lastTotal > 250'000);
    QCOMPARE(observer.lastDone, observer.lastTotal);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
