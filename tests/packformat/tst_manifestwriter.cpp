#include "markedtext.h"
#include "oht/packformat/manifestparser.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht::packformat;

namespace {

// A valid source manifest laid out by hand, so that table rows can edit it as text and
// mark with "¦" where the finding must point.
const char *const kBase = R"({
  "formatVersion": 1,
  "id": "org.example.test",
  "version": "1.0.0",
  "title": "Test pack",
  "description": "A pack made by a test.",
  "language": "en-GB",
  "authors": [{ "name": "Test Author", "role": "author", "contact": "a@example.org" }],
  "license": "CC-BY-4.0",
  "created": "2026-01-01",
  "reviewBy": "2099-01-01",
  "minAppVersion": "0.1.0",
  "tags": ["test", "health"],
  "modules": [
    {
      "id": "module-1",
      "title": "Module one",
      "items": [
        { "id": "lesson-1", "type": "lesson", "title": "First lesson", "file": "lessons/lesson-1.md" },
        { "id": "quiz-1", "type": "quiz", "title": "First quiz", "file": "quizzes/quiz-1.json" }
      ]
    }
  ]
})";

const char *const kFiles = R"(,
  "files": [
    { "path": "lessons/lesson-1.md", "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "size": 120 },
    { "path": "quizzes/quiz-1.json", "sha256": "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210", "size": 0 }
  ]
})";

QString builtBase()
{
    QString s = QString::fromUtf8(kBase);
    s.chop(2); // "\n}"
    return s + QString::fromUtf8(kFiles);
}

} // namespace

class TestManifestWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeRoundTrips()
    {
        Findings findings;
        const auto m = parseManifest(builtBase().toUtf8(), "pack.json", findings);
        QVERIFY(m);
        const QByteArray written = writeManifest(*m);
        QCOMPARE(writeManifest(*m), written); // deterministic
        QVERIFY(
            written.startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"org.example.test\",\n"));
        QVERIFY(written.endsWith("}\n"));
        QVERIFY(written.contains("\n    {\n      \"path\": \"lessons/lesson-1.md\",\n"));
        Findings again;
        const auto reparsed = parseManifest(written, "pack.json", again);
        QVERIFY2(again.isEmpty(), qPrintable(oht::test::describe(again)));
        QCOMPARE(writeManifest(*reparsed), written);
        QCOMPARE(reparsed->items().size(), m->items().size());
        QCOMPARE(reparsed->files.size(), 2);
        QCOMPARE(reparsed->files[0].sha256Hex, m->files[0].sha256Hex);
    }

    void writeKeyOrderAndEscapes()
    {
        Manifest m;
        m.id = "org.example.x";
        m.version = oht::SemVer(2, 1, 0);
        m.title = QString::fromUtf8("Quote \" backslash \\ tab \t café");
        m.description = "line1\nline2";
        m.language = "en";
        m.authors = {{"A", {}, {}}};
        m.license = "MIT";
        m.created = QDate(2026, 1, 1);
        m.reviewBy = QDate(2027, 1, 1);
        m.modules = {{"m", "M", {{"i", ItemKind::Lesson, "I", "a.md"}}}};
        const QByteArray out = writeManifest(m);
        QVERIFY(out.contains(
            QString::fromUtf8("\"title\": \"Quote \\\" backslash \\\\ tab \\t café\"").toUtf8()));
        QVERIFY(!out.contains("minAppVersion")); // 0.0.0 means "not set"
        QVERIFY(!out.contains("\"tags\""));
        QVERIFY(!out.contains("\"files\""));
        QVERIFY(!out.contains("\"role\""));
        const QStringList order{"formatVersion", "id",       "version", "title",
                                "description",   "language", "authors", "license",
                                "created",       "reviewBy", "modules"};
        qsizetype last = -1;
        for (const QString &key : order) {
            const qsizetype at = out.indexOf("\n  \"" + key.toUtf8() + "\":");
            QVERIFY2(at > last, qPrintable(key));
            last = at;
        }
        Findings findings;
        QVERIFY(parseManifest(out, "pack.json", findings, ManifestKind::Source));
        QVERIFY2(findings.isEmpty(), qPrintable(oht::test::describe(findings)));
    }
};

QTEST_GUILESS_MAIN(TestManifestWriter)
#include "tst_manifestwriter.moc"
