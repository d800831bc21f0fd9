#include "importtestsupport.h"
#include "libraryfixture.h"
#include "oht/library/library.h"
#include "packentries.h"
#include "rawzipbuilder.h"
#include "tempdatadir.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht;
using library::ImportOutcome;
using test::importerSource;
using test::noise;
using test::TestObserver;

/// A refused or cancelled import leaves rows, blob files and tmp/ exactly as they were.
class TestImportRefusal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void rejectedPackLeavesLibraryUnchanged_data();
    void rejectedPackLeavesLibraryUnchanged();
    void cancellationLeavesLibraryUnchanged_data();
    void cancellationLeavesLibraryUnchanged();

private:
    QString build(const test::PackSourceWriter &source, const QString &name)
    {
        return test::buildPack(source, m_work->path(), name);
    }
    std::unique_ptr<test::TempDataDir> m_work;
    std::unique_ptr<test::TempDataDir> m_data;
    std::unique_ptr<library::Library> m_lib;
};

void TestImportRefusal::init()
{
    m_work = std::make_unique<test::TempDataDir>();
    m_data = std::make_unique<test::TempDataDir>();
    auto lib = library::Library::open(m_data->path());
    QVERIFY2(lib.ok(), qPrintable(lib.ok() ? QString() : lib.error().message));
    m_lib = std::move(lib).value();
}

void TestImportRefusal::cleanup()
{
    m_lib.reset();
}

void TestImportRefusal::rejectedPackLeavesLibraryUnchanged_data()
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

void TestImportRefusal::rejectedPackLeavesLibraryUnchanged()
{
    QFETCH(QString, breakage);
    QFETCH(QString, expectedCode);
    // An installed v1 (the bad v2 would update it) and an unrelated pack.
    QVERIFY(m_lib->importPack(build(importerSource("1.0.0"), "v1")).ok());
    QVERIFY(m_lib->importPack(build(test::PackSourceWriter("org.example.other"), "other")).ok());
    const auto before = test::libraryState(m_data->path());

    auto entries = test::readPackEntries(build(importerSource("2.0.0"), "v2"));
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

void TestImportRefusal::cancellationLeavesLibraryUnchanged_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::addColumn<bool>("lastPoll");
    QTest::newRow("before starting") << 0 << false;
    QTest::newRow("during extraction") << 5 << false;
    QTest::newRow("just before the commit") << -1 << true;
}

void TestImportRefusal::cancellationLeavesLibraryUnchanged()
{
    QFETCH(int, cancelAt);
    QFETCH(bool, lastPoll);
    QVERIFY(m_lib->importPack(build(importerSource("1.0.0"), "v1")).ok());
    const QString v2 = build(importerSource("2.0.0"), "v2");
    if (lastPoll) {
        // Count the polls of a full import elsewhere, then cancel at the last one.
        test::TempDataDir other;
        auto lib = library::Library::open(other.path());
        TestObserver counter;
        QVERIFY((*lib)->importPack(v2, {}, &counter).ok());
        cancelAt = counter.polls - 1;
    }
    const auto before = test::libraryState(m_data->path());
    TestObserver observer(cancelAt);
    const auto report = m_lib->importPack(v2, {}, &observer);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QCOMPARE(test::dumpDatabase(m_data->path()), before.rows);
    QCOMPARE(test::filesUnder(m_data->path(), "tmp"), QStringList());
    // Cancelled after blobs were moved into place: those are orphans for the sweep.
    QVERIFY(m_lib->sweepOrphans().ok());
    QVERIFY(test::libraryState(m_data->path()) == before);
}

QTEST_GUILESS_MAIN(TestImportRefusal)
#include "tst_importrefusal.moc"
