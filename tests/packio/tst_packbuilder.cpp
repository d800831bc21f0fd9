#include "oht/packformat/manifestparser.h"
#include "oht/packio/packbuilder.h"
#include "packentries.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace oht;

namespace {

const QDate kToday(2026, 6, 1);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestPackBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusesInvalidSource_data();
    void refusesInvalidSource();
    void refusesMissingSource();
    void refusesOutputInsideSource();
    void sameInputGivesIdenticalBytes();
    void filesListMatchesContents();
    void leavesOutHiddenFilesAndReviewNotes();
};

void TestPackBuilder::refusesInvalidSource_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("manifest without title") << "no-title"
                                            << "missing-field";
    QTest::newRow("outline names a missing lesson") << "missing-lesson"
                                                    << "missing-file";
    QTest::newRow("quiz without a correct option") << "bad-quiz"
                                                   << "single-correct";
    QTest::newRow("lesson links to a missing file") << "broken-link"
                                                    << "broken-link";
}

void TestPackBuilder::refusesInvalidSource()
{
    QFETCH(QString, breakage);
    QFETCH(QString, expectedCode);
    test::TempDataDir tmp;
    test::PackSourceWriter source;
    if (breakage == "no-title") {
        source.manifest().remove("title");
    } else if (breakage == "missing-lesson") {
        source.removeFile("lessons/lesson-1.md");
    } else if (breakage == "bad-quiz") {
        QByteArray quiz = test::PackSourceWriter::minimalQuiz();
        quiz.replace(R"("correct": true)", R"("correct": false)");
        source.setFile("quizzes/quiz-1.json", quiz);
    } else if (breakage == "broken-link") {
        source.setFile("lessons/lesson-1.md", "# Lesson\n\nSee [the next one](next.md).\n");
    }
    QVERIFY(source.writeTo(tmp.filePath("src")));

    packio::BuildReport report;
    const QString out = tmp.filePath("out.ohtpack");
    const auto result = packio::PackBuilder(kToday).build(tmp.filePath("src"), out, report);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(result.error().code, QStringLiteral("packio.invalid-source"));
    const bool found =
        std::any_of(report.findings.cbegin(), report.findings.cend(),
                    [&](const auto &f) { return f.isError() && f.code == expectedCode; });
    QVERIFY2(found, qPrintable(expectedCode));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + ".tmp"));
}

void TestPackBuilder::refusesMissingSource()
{
    test::TempDataDir tmp;
    packio::BuildReport report;
    const auto result = packio::PackBuilder(kToday).build(tmp.filePath("nope"),
                                                          tmp.filePath("out.ohtpack"), report);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("packio.source-not-found"));
}

void TestPackBuilder::refusesOutputInsideSource()
{
    test::TempDataDir tmp;
    QVERIFY(test::PackSourceWriter().writeTo(tmp.filePath("src")));
    packio::BuildReport report;
    const QString out = tmp.filePath("src/media/out.ohtpack");
    QDir().mkpath(tmp.filePath("src/media"));
    const auto result = packio::PackBuilder(kToday).build(tmp.filePath("src"), out, report);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("packio.output-inside-source"));
    QVERIFY(!QFile::exists(out));
}

void TestPackBuilder::sameInputGivesIdenticalBytes()
{
    test::TempDataDir tmp;
    test::PackSourceWriter source;
    source.setFile("media/diagram.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    QVERIFY(source.writeTo(tmp.filePath("src")));

    packio::BuildReport first;
    QVERIFY(
        packio::PackBuilder(kToday).build(tmp.filePath("src"), tmp.filePath("a.ohtpack"), first));
    // Touch every file: timestamps must not leak into the pack.
    QTest::qSleep(1100);
    QVERIFY(source.writeTo(tmp.filePath("src")));
    packio::BuildReport second;
    QVERIFY(
        packio::PackBuilder(kToday).build(tmp.filePath("src"), tmp.filePath("b.ohtpack"), second));

    const QByteArray a = readAll(tmp.filePath("a.ohtpack"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, readAll(tmp.filePath("b.ohtpack")));
    QCOMPARE(first.fileCount, 4);
    QCOMPARE(first.archiveBytes, qint64(a.size()));
    QCOMPARE(first.outputPath, tmp.filePath("a.ohtpack"));
}

void TestPackBuilder::filesListMatchesContents()
{
    test::TempDataDir tmp;
    test::PackSourceWriter source;
    // Byte order puts upper case before lower case and "Z" before "a".
    source.setFile("media/apple.png", QByteArray(5000, 'b'));
    source.setFile("media/Photo.png", QByteArray("upper"));
    source.setFile("Zeta.css", QByteArray("body{}"));
    source.setFile("media/empty.txt", QByteArray());
    QVERIFY(source.writeTo(tmp.filePath("src")));

    packio::BuildReport report;
    const QString out = tmp.filePath("out.ohtpack");
    QVERIFY(packio::PackBuilder(kToday).build(tmp.filePath("src"), out, report));

    const auto entries = test::readPackEntries(out);
    QStringList names;
    for (const auto &e : entries)
        names << e.name;
    const QStringList expectedOrder{"pack.json",          "Zeta.css",        "lessons/lesson-1.md",
                                    "media/Photo.png",    "media/apple.png", "media/empty.txt",
                                    "quizzes/quiz-1.json"};
    QCOMPARE(names, expectedOrder);

    packformat::Findings findings;
    const auto manifest = packformat::parseManifest(entries.first().data, "pack.json", findings);
    QVERIFY(manifest);
    QCOMPARE(manifest->files.size(), expectedOrder.size() - 1);
    for (int i = 0; i < manifest->files.size(); ++i) {
        const auto &file = manifest->files.at(i);
        QCOMPARE(file.path, expectedOrder.at(i + 1));
        const QByteArray contents = readAll(tmp.filePath("src/" + file.path));
        QCOMPARE(file.size, qint64(contents.size()));
        QCOMPARE(file.sha256Hex,
                 QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
        QCOMPARE(test::entryData(entries, file.path), contents);
    }
}

void TestPackBuilder::leavesOutHiddenFilesAndReviewNotes()
{
    test::TempDataDir tmp;
    QVERIFY(test::PackSourceWriter().writeTo(tmp.filePath("src")));
    QVERIFY(writeFile(tmp.filePath("src/.git/config"), "[core]\n"));
    QVERIFY(writeFile(tmp.filePath("src/.DS_Store"), "junk"));
    QVERIFY(writeFile(tmp.filePath("src/media/.hidden.png"), "junk"));
    QVERIFY(writeFile(tmp.filePath("src/review-notes.json"), "{}"));

    packio::BuildReport report;
    const QString out = tmp.filePath("out.ohtpack");
    QVERIFY(packio::PackBuilder(kToday).build(tmp.filePath("src"), out, report));

    const auto entries = test::readPackEntries(out);
    QCOMPARE(entries.size(), 3);
    for (const auto &e : entries) {
        QVERIFY2(!e.name.contains(QLatin1String("/.")) && !e.name.startsWith('.'),
                 qPrintable(e.name));
        QVERIFY(e.name != "review-notes.json");
    }
    packformat::Findings findings;
    const auto manifest = packformat::parseManifest(entries.first().data, "pack.json", findings);
    QVERIFY(manifest);
    QCOMPARE(manifest->files.size(), 2);
    QCOMPARE(report.fileCount, 3);
}

QTEST_GUILESS_MAIN(TestPackBuilder)
#include "tst_packbuilder.moc"
