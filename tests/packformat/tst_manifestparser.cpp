#include "markedtext.h"
#include "oht/packformat/manifestparser.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht::packformat;
using oht::test::MarkedText;

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

class TestManifestParser : public QObject
{
    Q_OBJECT
private:
    // Columns shared by both tables: an edit of the base text and the one expected finding
    // (code empty: no finding at all).
    static void addColumns()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isError");
    }
    static void row(const char *name, const char *from, const char *to, const char *code = "",
                    bool isError = true)
    {
        QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(to)
                            << QString::fromLatin1(code) << isError;
    }
    static void check(QString base, ManifestKind kind)
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, code);
        QFETCH(bool, isError);
        QVERIFY(oht::test::replaceOnce(base, from, to));
        const MarkedText m = MarkedText::from(base);
        Findings findings;
        const auto manifest = parseManifest(m.text, QStringLiteral("pack.json"), findings, kind);
        QVERIFY(manifest.has_value());
        if (code.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(oht::test::describe(findings)));
            return;
        }
        QVERIFY2(findings.size() == 1, qPrintable(oht::test::describe(findings)));
        const Finding &f = findings.first();
        QCOMPARE(f.code, code);
        QCOMPARE(f.isError(), isError);
        QCOMPARE(f.file, QStringLiteral("pack.json"));
        // Rows without a marker expect the enclosing root object, at 1:1.
        QCOMPARE(f.line, m.line ? m.line : 1);
        QCOMPARE(f.column, m.line ? m.column : 1);
        QVERIFY(!f.message.isEmpty());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sourceRules_data()
    {
        addColumns();
        row("valid base", "", "");
        // formatVersion
        row("format version missing", "{\n  \"formatVersion\": 1,", "¦{", "missing-field");
        row("format version as text", "\"formatVersion\": 1", "\"formatVersion\": ¦\"1\"",
            "wrong-type");
        row("format version fraction", "\"formatVersion\": 1", "\"formatVersion\": ¦1.5",
            "wrong-type");
        row("format version zero", "\"formatVersion\": 1", "\"formatVersion\": ¦0",
            "invalid-value");
        row("format version newer", "\"formatVersion\": 1", "\"formatVersion\": ¦2",
            "unsupported-format");
        // id
        row("id reverse-DNS", "\"org.example.test\"", "\"org.example-2.course\"");
        row("id missing", "  \"id\": \"org.example.test\",\n", "", "missing-field");
        row("id upper case", "\"org.example.test\"", "¦\"Org.Example\"", "invalid-value");
        row("id too short", "\"org.example.test\"", "¦\"ab\"", "invalid-value");
        row("id starts with digit", "\"org.example.test\"", "¦\"1org.example\"", "invalid-value");
        row("id underscore", "\"org.example.test\"", "¦\"org.my_course\"", "invalid-value");
        row("id empty label", "\"org.example.test\"", "¦\"org..test\"", "invalid-value");
        row("id label ends with hyphen", "\"org.example.test\"", "¦\"org.example-.test\"",
            "invalid-value");
        row("id 101 characters", "\"org.example.test\"",
            ("¦\"a" + std::string(100, 'b') + "\"").c_str(), "invalid-value");
        row("id as number", "\"org.example.test\"", "¦42", "wrong-type");
        // version
        row("version pre-release", "\"version\": \"1.0.0\"", "\"version\": \"1.0.0-beta.1\"");
        row("version two parts", "\"version\": \"1.0.0\"", "\"version\": ¦\"1.0\"",
            "invalid-value");
        row("version v prefix", "\"version\": \"1.0.0\"", "\"version\": ¦\"v1.0.0\"",
            "invalid-value");
        // title
        row("title 200 characters", "\"Test pack\"", ("\"" + std::string(200, 'x') + "\"").c_str());
        row("title 201 characters", "\"Test pack\"", ("¦\"" + std::string(201, 'x') + "\"").c_str(),
            "invalid-value");
        row("title blank", "\"Test pack\"", "¦\"   \"", "invalid-value");
        row("title as list", "\"Test pack\"", "¦[\"Test\"]", "wrong-type");
        row("title missing", "  \"title\": \"Test pack\",\n", "", "missing-field");
        // description
        row("description empty is fine", "\"A pack made by a test.\"", "\"\"");
        row("description missing", "  \"description\": \"A pack made by a test.\",\n", "",
            "missing-field");
        // language
        row("language en", "\"en-GB\"", "\"en\"");
        row("language pt-BR", "\"en-GB\"", "\"pt-BR\"");
        row("language zh-Hant-TW", "\"en-GB\"", "\"zh-Hant-TW\"");
        row("language es-419", "\"en-GB\"", "\"es-419\"");
        row("language ca-valencia", "\"en-GB\"", "\"ca-valencia\"");
        row("language underscore", "\"en-GB\"", "¦\"en_GB\"", "invalid-value");
        row("language word", "\"en-GB\"", "¦\"English\"", "invalid-value");
        row("language single letter", "\"en-GB\"", "¦\"e\"", "invalid-value");
        row("language private use", "\"en-GB\"", "\"en-x-nhs\"");
        row("language empty", "\"en-GB\"", "¦\"\"", "invalid-value");
        // authors
        row("author name only", ", \"role\": \"author\", \"contact\": \"a@example.org\"", "");
        row("authors empty",
            "[{ \"name\": \"Test Author\", \"role\": \"author\", \"contact\": \"a@example.org\" }]",
            "¦[]", "invalid-value");
        row("authors not a list",
            "[{ \"name\": \"Test Author\", \"role\": \"author\", \"contact\": \"a@example.org\" }]",
            "¦\"Test Author\"", "wrong-type");
        row("author not an object",
            "[{ \"name\": \"Test Author\", \"role\": \"author\", \"contact\": \"a@example.org\" }]",
            "[¦\"Test Author\"]", "wrong-type");
        row("author without name", "{ \"name\": \"Test Author\", ", "¦{ ", "missing-field");
        row("author blank name", "\"name\": \"Test Author\"", "\"name\": ¦\" \"", "invalid-value");
        row("author role as number", "\"role\": \"author\"", "\"role\": ¦1", "wrong-type");
        row("author unknown field", "\"role\": \"author\"", "¦\"email\": \"x\"", "unknown-field",
            false);
        // license
        row("license OR", "\"CC-BY-4.0\"", "\"CC-BY-SA-4.0 OR MIT\"");
        row("license parentheses and WITH", "\"CC-BY-4.0\"",
            "\"(MIT AND Apache-2.0) OR GPL-3.0-only WITH Classpath-exception-2.0\"");
        row("license lower-case operator", "\"CC-BY-4.0\"", "\"CC0-1.0 or MIT\"");
        row("license LicenseRef", "\"CC-BY-4.0\"", "\"LicenseRef-nhs-content\"");
        row("license UK OGL", "\"CC-BY-4.0\"", "\"OGL-UK-3.0\"");
        row("license unknown id", "\"CC-BY-4.0\"", "¦\"Beerware-9\"", "unknown-license", false);
        row("license dangling operator", "\"CC-BY-4.0\"", "¦\"MIT OR\"", "invalid-value");
        row("license unbalanced", "\"CC-BY-4.0\"", "¦\"(MIT OR Apache-2.0\"", "invalid-value");
        row("license words", "\"CC-BY-4.0\"", "¦\"Creative Commons\"", "invalid-value");
        row("license empty", "\"CC-BY-4.0\"", "¦\"\"", "invalid-value");
        row("license missing", "  \"license\": \"CC-BY-4.0\",\n", "", "missing-field");
        // dates
        row("created not ISO", "\"2026-01-01\"", "¦\"01/01/2026\"", "invalid-value");
        row("created impossible day", "\"2026-01-01\"", "¦\"2026-02-30\"", "invalid-value");
        row("reviewBy with time", "\"2099-01-01\"", "¦\"2099-01-01T00:00:00\"", "invalid-value");
        row("reviewBy same day as created", "\"2099-01-01\"", "\"2026-01-01\"");
        row("reviewBy before created", "\"2099-01-01\"", "¦\"2025-12-31\"",
            "review-before-created");
        row("reviewBy missing", "  \"reviewBy\": \"2099-01-01\",\n", "", "missing-field");
        // optional fields
        row("minAppVersion absent", "  \"minAppVersion\": \"0.1.0\",\n", "");
        row("minAppVersion invalid", "\"0.1.0\"", "¦\"0.1\"", "invalid-value");
        row("tags absent", "  \"tags\": [\"test\", \"health\"],\n", "");
        row("tag not text", "[\"test\", \"health\"]", "[\"test\", ¦7]", "wrong-type");
        row("tags not a list", "[\"test\", \"health\"]", "¦\"test\"", "wrong-type");
        // modules
        row("modules empty", "\"modules\": […\n  ]", "\"modules\": ¦[]", "invalid-value");
        row("modules missing", ",\n  \"modules\": […\n  ]", "", "missing-field");
        row("module id invalid", "\"id\": \"module-1\"", "\"id\": ¦\"module 1\"", "invalid-value");
        row("module without id", "{\n      \"id\": \"module-1\",", "¦{", "missing-field");
        row("module title missing",
            "{\n      \"id\": \"module-1\",\n      \"title\": \"Module one\",",
            "¦{\n      \"id\": \"module-1\",", "missing-field");
        row("module items empty", "\"items\": […\n      ]", "\"items\": ¦[]", "invalid-value");
        row("module unknown field", "\"title\": \"Module one\",",
            "\"title\": \"Module one\", ¦\"icon\": 1,", "unknown-field", false);
        // items
        row("item type video", "\"type\": \"lesson\"", "\"type\": ¦\"video\"", "invalid-value");
        row("item without file", "{ \"id\": \"quiz-1\"…}",
            "¦{ \"id\": \"quiz-1\", \"type\": \"quiz\", \"title\": \"Q\" }", "missing-field");
        row("item file empty", "\"quizzes/quiz-1.json\"", "¦\"\"", "invalid-value");
        row("item id too long", "\"id\": \"quiz-1\"",
            ("\"id\": ¦\"" + std::string(65, 'q') + "\"").c_str(), "invalid-value");
        row("item id 64 characters", "\"id\": \"quiz-1\"",
            ("\"id\": \"" + std::string(64, 'q') + "\"").c_str());
        row("item title not text", "\"title\": \"First quiz\"", "\"title\": ¦null", "wrong-type");
        row("item duplicates item id", "\"id\": \"quiz-1\"", "\"id\": ¦\"lesson-1\"",
            "duplicate-id");
        row("item duplicates module id", "\"id\": \"quiz-1\"", "\"id\": ¦\"module-1\"",
            "duplicate-id");
        row("ids are case-sensitive", "\"id\": \"quiz-1\"", "\"id\": \"Lesson-1\"");
        row("item unknown field", "\"type\": \"quiz\",", "\"type\": \"quiz\", ¦\"minutes\": 5,",
            "unknown-field", false);
        // whole file
        row("unknown top-level field", "\"tags\"", "¦\"category\": \"x\",\n  \"tags\"",
            "unknown-field", false);
        row("repeated field", "\"tags\"", "¦\"title\": \"Again\",\n  \"tags\"", "duplicate-field",
            false);
        row("files list ignored in a source folder", "\"tags\"", "\"files\": 42,\n  \"tags\"");
    }
    void sourceRules() { check(QString::fromUtf8(kBase), ManifestKind::Source); }

    void builtRules_data()
    {
        addColumns();
        row("valid built", "", "");
        row("files missing", kFiles, "\n}", "missing-field");
        row("files not a list", "\"files\": […\n  ]", "\"files\": ¦{}", "wrong-type");
        row("entry not an object", "\"files\": [", "\"files\": [\n    ¦\"x.md\",", "wrong-type");
        row("entry without path", "{ \"path\": \"quizzes/quiz-1.json\", ", "¦{ ", "missing-field");
        row("sha256 upper case",
            "\"fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210\"",
            "¦\"FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210\"",
            "invalid-value");
        row("sha256 too short",
            "\"fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210\"", "¦\"fedcba\"",
            "invalid-value");
        row("size negative", "\"size\": 0", "\"size\": ¦-1", "invalid-value");
        row("size fraction", "\"size\": 0", "\"size\": ¦0.5", "wrong-type");
        row("size missing", "{ \"path\": \"quizzes/quiz-1.json\", …, \"size\": 0 }",
            "¦{ \"path\": \"quizzes/quiz-1.json\", \"sha256\": "
            "\"fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210\" }",
            "missing-field");
        row("path listed twice", "\"path\": \"quizzes/quiz-1.json\"",
            "\"path\": ¦\"lessons/lesson-1.md\"", "invalid-value");
        row("pack.json listed", "\"path\": \"quizzes/quiz-1.json\"", "\"path\": ¦\"pack.json\"",
            "invalid-value");
        row("entry unknown field", "\"size\": 0", "\"size\": 0, ¦\"mtime\": 1", "unknown-field",
            false);
    }
    void builtRules() { check(builtBase(), ManifestKind::Built); }

    void readsEveryField()
    {
        Findings findings;
        const auto m = parseManifest(builtBase().toUtf8(), "pack.json", findings);
        QVERIFY2(findings.isEmpty(), qPrintable(oht::test::describe(findings)));
        QVERIFY(m);
        QCOMPARE(m->formatVersion, 1);
        QCOMPARE(m->id, QStringLiteral("org.example.test"));
        QCOMPARE(m->version, oht::SemVer(1, 0, 0));
        QCOMPARE(m->title, QStringLiteral("Test pack"));
        QCOMPARE(m->description, QStringLiteral("A pack made by a test."));
        QCOMPARE(m->language, QStringLiteral("en-GB"));
        QCOMPARE(m->authors.size(), 1);
        QCOMPARE(m->authors[0].name, QStringLiteral("Test Author"));
        QCOMPARE(m->authors[0].role, QStringLiteral("author"));
        QCOMPARE(m->authors[0].contact, QStringLiteral("a@example.org"));
        QCOMPARE(m->license, QStringLiteral("CC-BY-4.0"));
        QCOMPARE(m->created, QDate(2026, 1, 1));
        QCOMPARE(m->reviewBy, QDate(2099, 1, 1));
        QCOMPARE(m->minAppVersion, oht::SemVer(0, 1, 0));
        QCOMPARE(m->tags, (QStringList{"test", "health"}));
        QCOMPARE(m->modules.size(), 1);
        QCOMPARE(m->modules[0].id, QStringLiteral("module-1"));
        QCOMPARE(m->modules[0].title, QStringLiteral("Module one"));
        const auto items = m->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[1].id, QStringLiteral("quiz-1"));
        QCOMPARE(items[1].kind, ItemKind::Quiz);
        QCOMPARE(items[1].title, QStringLiteral("First quiz"));
        QCOMPARE(items[1].file, QStringLiteral("quizzes/quiz-1.json"));
        QVERIFY(m->findItem("lesson-1"));
        QVERIFY(!m->findItem("nope"));
        QCOMPARE(m->files.size(), 2);
        QCOMPARE(m->files[0].path, QStringLiteral("lessons/lesson-1.md"));
        QCOMPARE(m->files[0].size, 120);
        QCOMPARE(m->files[1].sha256Hex.left(6), QByteArray("fedcba"));
    }

    void sourceKindIgnoresFiles()
    {
        Findings findings;
        const auto m =
            parseManifest(builtBase().toUtf8(), "pack.json", findings, ManifestKind::Source);
        QVERIFY(findings.isEmpty());
        QVERIFY(m->files.isEmpty());
    }

    void syntaxErrorHasPosition()
    {
        const MarkedText m =
            MarkedText::from(QString::fromUtf8(kBase).replace("\"en-GB\",", "\"en-GB\"¦"));
        Findings findings;
        QVERIFY(!parseManifest(m.text, "pack.json", findings, ManifestKind::Source));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].code, QStringLiteral("json-syntax"));
        QCOMPARE(findings[0].line, m.line + 1); // at the next key, where a comma was due
        QCOMPARE(findings[0].column, 3);
    }

    void rootMustBeObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("list") << QByteArray("[1, 2]") << "wrong-type";
        QTest::newRow("number") << QByteArray("  42") << "wrong-type";
        QTest::newRow("empty") << QByteArray("") << "json-syntax";
        QTest::newRow("blank") << QByteArray(" \n ") << "json-syntax";
    }
    void rootMustBeObject()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        Findings findings;
        QVERIFY(!parseManifest(json, "pack.json", findings));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].code, code);
        QVERIFY(findings[0].line >= 1);
    }

    void reportsEveryProblemAtOnce()
    {
        QString text = QString::fromUtf8(kBase);
        QVERIFY(oht::test::replaceOnce(text, "\"1.0.0\"", "\"one\""));
        QVERIFY(oht::test::replaceOnce(text, "\"en-GB\"", "\"english\""));
        QVERIFY(oht::test::replaceOnce(text, "\"2099-01-01\"", "\"2000-01-01\""));
        QVERIFY(oht::test::replaceOnce(text, "\"id\": \"quiz-1\"", "\"id\": \"lesson-1\""));
        QVERIFY(oht::test::replaceOnce(text, "\"type\": \"lesson\"", "\"type\": \"page\""));
        Findings findings;
        QVERIFY(parseManifest(text.toUtf8(), "pack.json", findings, ManifestKind::Source));
        QStringList codes;
        for (const Finding &f : findings)
            codes << f.code;
        codes.sort();
        QCOMPARE(codes, (QStringList{"duplicate-id", "invalid-value", "invalid-value",
                                     "invalid-value", "review-before-created"}));
    }

    void unsupportedFormatStopsEarly()
    {
        Findings findings;
        const auto m = parseManifest(R"({"formatVersion": 3, "id": "org.future", "title": "T",
                                         "shinyNewField": {}})",
                                     "pack.json", findings);
        QVERIFY(m);
        QCOMPARE(m->formatVersion, 3);
        QCOMPARE(m->id, QStringLiteral("org.future"));
        QCOMPARE(findings.size(), 1); // no noise about fields a newer format may have
        QCOMPARE(findings[0].code, QStringLiteral("unsupported-format"));
    }
};

QTEST_GUILESS_MAIN(TestManifestParser)
#include "tst_manifestparser.moc"
