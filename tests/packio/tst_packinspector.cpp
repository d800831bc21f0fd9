#include "oht/packio/packbuilder.h"
#include "oht/packio/packinspector.h"
#include "packentries.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace oht;

namespace {

const QDate kToday(2026, 6, 1);

bool hasFinding(const packformat::Findings &findings, const QString &code, const QString &file)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const auto &f) {
        // A finding about a listed file may sit in pack.json and name the file in its text.
        return f.isError() && f.code == code &&
               (file.isEmpty() || f.file == file || f.message.contains(file));
    });
}

QString describe(const packformat::Findings &findings)
{
    QStringList lines;
    for (const auto &f : findings)
        lines << f.code + " " + f.file + ": " + f.message;
    return lines.join('\n');
}

/// Text that does not compress well, so a large file stays under the archive's ratio cap.
QByteArray incompressibleText(qint64 bytes)
{
    QByteArray random(bytes * 3 / 4 + 3, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (auto &c : random)
        c = char(gen.bounded(256));
    QByteArray text = random.toBase64().left(bytes);
    for (qint64 i = 76; i < text.size(); i += 77)
        text[i] = '\n';
    return text;
}

} // namespace

class TestPackInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void validFolder();
    void invalidFolder();
    void validArchive();
    void tamperedArchive_data();
    void tamperedArchive();
    void missingManifestIsAnError();
    void notAZipIsAnError();
    void missingPathIsAnError();
    void oversizedLessonIsAnError();
    void oversizedMediaJsonIsAccepted();

private:
    QString buildPack(const test::PackSourceWriter &source);
    std::unique_ptr<test::TempDataDir> m_tmp;
};

void TestPackInspector::init()
{
    m_tmp = std::make_unique<test::TempDataDir>();
}

QString TestPackInspector::buildPack(const test::PackSourceWriter &source)
{
    const QString src = m_tmp->filePath("src");
    const QString out = m_tmp->filePath("built.ohtpack");
    if (!source.writeTo(src))
        return {};
    packio::BuildReport report;
    const auto r = packio::PackBuilder(kToday).build(src, out, report);
    if (!r) {
        qWarning() << r.error().message << describe(report.findings);
        return {};
    }
    return out;
}

void TestPackInspector::validFolder()
{
    QVERIFY(test::PackSourceWriter().writeTo(m_tmp->filePath("src")));
    const auto result = packio::PackInspector(kToday).inspect(m_tmp->filePath("src"));
    QVERIFY(result.ok());
    QVERIFY2(result->ok(), qPrintable(describe(result->findings)));
    QCOMPARE(result->manifest->id, QStringLiteral("org.example.test"));
}

void TestPackInspector::invalidFolder()
{
    test::PackSourceWriter source;
    source.removeFile("quizzes/quiz-1.json");
    QVERIFY(source.writeTo(m_tmp->filePath("src")));
    const auto result = packio::PackInspector(kToday).inspect(m_tmp->filePath("src"));
    QVERIFY(result.ok());
    QVERIFY(!result->ok());
    QVERIFY(hasFinding(result->findings, "missing-file", QString()));
}

void TestPackInspector::validArchive()
{
    test::PackSourceWriter source;
    source.setFile("media/photo.jpg", QByteArray(3000, 'x'));
    const QString pack = buildPack(source);
    QVERIFY(!pack.isEmpty());
    const auto result = packio::PackInspector(kToday).inspect(pack);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY2(result->ok(), qPrintable(describe(result->findings)));
    QCOMPARE(result->manifest->files.size(), 3);
    QVERIFY(result->quizzes.contains("quiz-1"));
}

void TestPackInspector::tamperedArchive_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("expectedFile");
    QTest::newRow("lesson changed after build") << "change-lesson"
                                                << "hash-mismatch"
                                                << "lessons/lesson-1.md";
    QTest::newRow("media changed, same size") << "change-media"
                                              << "hash-mismatch"
                                              << "media/photo.jpg";
    QTest::newRow("media truncated") << "truncate-media"
                                     << "hash-mismatch"
                                     << "media/photo.jpg";
    QTest::newRow("file not in the list") << "add-file"
                                          << "file-unlisted"
                                          << "media/extra.png";
    QTest::newRow("listed file missing") << "drop-file"
                                         << "file-not-in-pack"
                                         << "media/photo.jpg";
}

void TestPackInspector::tamperedArchive()
{
    QFETCH(QString, tampering);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedFile);
    test::PackSourceWriter source;
    source.setFile("media/photo.jpg", QByteArray(3000, 'x'));
    const QString pack = buildPack(source);
    QVERIFY(!pack.isEmpty());

    auto entries = test::readPackEntries(pack);
    QCOMPARE(entries.size(), 4);
    if (tampering == "change-lesson") {
        test::setEntryData(entries, "lessons/lesson-1.md", "# Changed\n\nNot what was hashed.\n");
    } else if (tampering == "change-media") {
        QByteArray media(3000, 'x');
        media[1500] = 'y';
        test::setEntryData(entries, "media/photo.jpg", media);
    } else if (tampering == "truncate-media") {
        test::setEntryData(entries, "media/photo.jpg", QByteArray(2999, 'x'));
    } else if (tampering == "add-file") {
        entries.append(test::PackEntry{"media/extra.png", "png"});
    } else if (tampering == "drop-file") {
        test::removeEntry(entries, "media/photo.jpg");
    }
    const QString tampered = m_tmp->filePath("tampered.ohtpack");
    QVERIFY(test::writePackEntries(tampered, entries));

    const auto result = packio::PackInspector(kToday).inspect(tampered);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(!result->ok());
    QVERIFY2(hasFinding(result->findings, expectedCode, expectedFile),
             qPrintable(describe(result->findings)));
}

void TestPackInspector::missingManifestIsAnError()
{
    const QString pack = buildPack(test::PackSourceWriter());
    QVERIFY(!pack.isEmpty());
    auto entries = test::readPackEntries(pack);
    test::removeEntry(entries, "pack.json");
    const QString tampered = m_tmp->filePath("no-manifest.ohtpack");
    QVERIFY(test::writePackEntries(tampered, entries));

    const auto result = packio::PackInspector(kToday).inspect(tampered);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(result.error().code, QStringLiteral("archive.missing-manifest"));
}

void TestPackInspector::notAZipIsAnError()
{
    const QString path = m_tmp->filePath("junk.ohtpack");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a zip file at all, just some text\n");
    f.close();
    const auto result = packio::PackInspector(kToday).inspect(path);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
}

void TestPackInspector::missingPathIsAnError()
{
    const auto result = packio::PackInspector(kToday).inspect(m_tmp->filePath("absent.ohtpack"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("packio.not-found"));
}

void TestPackInspector::oversizedLessonIsAnError()
{
    test::PackSourceWriter source;
    source.setFile("lessons/lesson-1.md", "# Big\n\n" + incompressibleText(16 * 1024 * 1024 + 10));
    const QString pack = buildPack(source);
    QVERIFY(!pack.isEmpty());
    const auto result = packio::PackInspector(kToday).inspect(pack);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("archive.text-too-large"));
    QVERIFY(result.error().message.contains("lessons/lesson-1.md"));
}

void TestPackInspector::oversizedMediaJsonIsAccepted()
{
    // Only lessons and quizzes have text caps; a data file used by a lesson's script does not.
    test::PackSourceWriter source;
    source.setFile("media/data.json", "\"" + incompressibleText(9 * 1024 * 1024) + "\"");
    const QString pack = buildPack(source);
    QVERIFY(!pack.isEmpty());
    const auto result = packio::PackInspector(kToday).inspect(pack);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY2(result->ok(), qPrintable(describe(result->findings)));
}

QTEST_GUILESS_MAIN(TestPackInspector)
#include "tst_packinspector.moc"
