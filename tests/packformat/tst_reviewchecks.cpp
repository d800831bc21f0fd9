#include "markedtext.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/packvalidator.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace oht::packformat;
using oht::test::PackSourceWriter;

using Mutation = std::function<void(PackSourceWriter &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(oht::packformat::Severity)

namespace {

const QDate kToday(2026, 6, 1);
const char *kLesson = "lessons/lesson-1.md";
const char *kQuiz = "quizzes/quiz-1.json";

void addItem(PackSourceWriter &w, const QString &id, const QString &type, const QString &file)
{
    QJsonArray modules = w.manifest()["modules"].toArray();
    QJsonObject m = modules[0].toObject();
    QJsonArray items = m["items"].toArray();
    items.append(QJsonObject{{"id", id}, {"type", type}, {"title", "Extra"}, {"file", file}});
    m["items"] = items;
    modules[0] = m;
    w.manifest()["modules"] = modules;
}

QByteArray words(int n, const char *word = "care")
{
    QByteArrayList list;
    for (int i = 0; i < n; ++i)
        list << word;
    return list.join(' ');
}

/// A quiz with one single-choice question, `extra` spliced into the question object.
QByteArray quiz(const QByteArray &questions)
{
    return "{\n  \"questions\": [\n" + questions + "\n  ]\n}\n";
}
QByteArray question(const char *id, const char *prompt, const QByteArray &extra = {})
{
    return QByteArray("    {\"id\": \"") + id + "\", \"type\": \"truefalse\", \"answer\": true,\n" +
           "     \"prompt\": \"" + prompt + "\"" + extra + "}";
}

QPair<int, int> positionOf(const QByteArray &text, const QByteArray &needle, int skip)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        return {-1, -1};
    const QString before = QString::fromUtf8(text.left(at)) + QString::fromUtf8(needle).left(skip);
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    return {int(before.count(QLatin1Char('\n'))) + 1,
            int(before.mid(lineStart).toUcs4().size()) + 1};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Long, hard prose (many long words in long sentences) and short, plain prose.
const QByteArray kHardProse =
    words(40, "interoperability considerations notwithstanding,") + " end.";
const QByteArray kPlainProse = words(30, "We can see the cat.");

} // namespace

/// The reviewers' checks (docs/review-checks.md): each rule with a passing row and a row
/// feeding the bad input, with the finding's code, severity and position.
class TestReviewChecks : public QObject
{
    Q_OBJECT
private:
    static void row(const char *name, Mutation m, const char *code = "",
                    Severity severity = Severity::Warning, const char *file = "",
                    const char *needle = "", int skip = 0)
    {
        QTest::newRow(name) << m << QString::fromLatin1(code) << severity << QString::fromUtf8(file)
                            << QByteArray(needle) << skip;
    }
    static Mutation lesson(const QByteArray &text)
    {
        return [text](PackSourceWriter &w) { w.setFile(kLesson, text); };
    }
    static Mutation quizFile(const QByteArray &text)
    {
        return [text](PackSourceWriter &w) { w.setFile(kQuiz, text); };
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("needle"); // where the finding points; empty: no position
        QTest::addColumn<int>("skip");

        row("minimal pack passes", [](PackSourceWriter &) {});

        // Links and anchors.
        row("anchor to an id in another lesson", [](PackSourceWriter &w) {
            addItem(w, "lesson-2", "lesson", "lessons/two.html");
            w.setFile(kLesson, "# One\n\nSee [part](two.html#dose%20table) and [me](#me).\n\n"
                               "<span id=\"me\"></span>\n");
            w.setFile("lessons/two.html", "<h1>Two</h1><table id=\"dose table\"><tr><th>x</th>"
                                          "</tr></table><a name=\"old\"></a><a href=#old>o</a>");
        });
        row("anchor missing in this lesson", lesson("# One\n\nSee [there](#nowhere).\n"),
            "broken-anchor", Severity::Warning, kLesson, "#nowhere");
        row(
            "anchor missing in another lesson",
            [](PackSourceWriter &w) {
                addItem(w, "lesson-2", "lesson", "lessons/two.md");
                w.setFile(kLesson, "# One\n\nSee [two](two.md#dosage).\n");
                w.setFile("lessons/two.md", "# Dosage\n\nMarkdown headings get no ids.\n");
            },
            "broken-anchor", Severity::Warning, kLesson, "two.md#dosage");
        row("heading text is no anchor", lesson("# One\n\n## Dosage\n\n[d](#Dosage)\n"),
            "broken-anchor", Severity::Warning, kLesson, "#Dosage");

        // Images.
        row("images with alt text, decorative alt=\"\"", [](PackSourceWriter &w) {
            w.setFile(kLesson, "# One\n\n![A diagram](../media/a.svg)\n\n"
                               "<img src=\"../media/a.svg\" alt=\"\">\n");
            w.setFile("media/a.svg", "<svg/>");
        });
        row(
            "markdown image without alt",
            [](PackSourceWriter &w) {
                w.setFile(kLesson, "# One\n\nText ![](../media/a.svg)\n");
                w.setFile("media/a.svg", "<svg/>");
            },
            "image-no-alt", Severity::Warning, kLesson, "../media/a.svg");
        row(
            "markdown image with blank alt",
            [](PackSourceWriter &w) {
                w.setFile(kLesson, "# One\n\n![  ](../media/a.svg)\n");
                w.setFile("media/a.svg", "<svg/>");
            },
            "image-no-alt", Severity::Warning, kLesson, "../media/a.svg");
        row(
            "html img without alt",
            [](PackSourceWriter &w) {
                w.setFile(kLesson, "# One\n\nSee <img src=\"../media/a.svg\"> here.\n");
                w.setFile("media/a.svg", "<svg/>");
            },
            "image-no-alt", Severity::Warning, kLesson, "<img");

        // Headings.
        row("headings one level at a time", lesson("# A\n\n## B\n\n### C\n\n## D\n\n# E\n"));
        row("heading skips a level", lesson("# A\n\n## B\n\n#### Deep\n"), "heading-skip",
            Severity::Warning, kLesson, "Deep");
        row("html heading skips a level", lesson("# A\n\n<h3>Raw</h3>\n"), "heading-skip",
            Severity::Warning, kLesson, "<h3>");

        // Tables.
        row("markdown table with header", lesson("# A\n\n| Drug | Dose |\n|---|---|\n| x | 1 |\n"));
        row("markdown table with empty header", lesson("# A\n\n|  |  |\n|---|---|\n| x | 1 |\n"),
            "table-no-header", Severity::Warning, kLesson, "|  |");
        row("html table without th", lesson("# A\n\n<table><tr><td>x</td></tr></table>\n"),
            "table-no-header", Severity::Warning, kLesson, "<table>");

        // Paragraphs.
        row("paragraph of 150 words", lesson("# A\n\n" + words(50, "Care is good.") + "\n"));
        row("paragraph of 151 words", lesson("# A\n\n" + words(50, "Care is good.") + " Yes.\n"),
            "long-paragraph", Severity::Warning, kLesson, "Care");
        row("long code block is no paragraph", lesson("# A\n\n```\n" + words(300) + "\n```\n"));

        // Readability (English packs only, lessons of 100 words or more).
        row("plain english", lesson("# A\n\n" + kPlainProse + "\n"));
        row("hard english", lesson("# A\n\n" + kHardProse + "\n"), "readability", Severity::Info,
            kLesson);
        row("hard but short", lesson("# A\n\nInteroperability considerations notwithstanding.\n"));
        row("not english: no score", [](PackSourceWriter &w) {
            w.manifest()["language"] = "es";
            w.setFile(kLesson, "# A\n\n" + kHardProse + "\n");
        });
        row(
            "en-GB is english",
            [](PackSourceWriter &w) {
                w.manifest()["language"] = "en-GB";
                w.setFile(kLesson, "# A\n\n" + kHardProse + "\n");
            },
            "readability", Severity::Info, kLesson);

        // Quizzes.
        row("question with explanation",
            quizFile(quiz(question("q1", "Is FHIR a standard?", ", \"explanation\": \"Yes.\""))));
        row("question with per-answer feedback",
            quizFile(
                quiz(question("q1", "Is FHIR a standard?", ", \"feedbackTrue\": \"Right.\""))));
        row("question without feedback", quizFile(quiz(question("q1", "Is FHIR a standard?"))),
            "missing-feedback", Severity::Warning, kQuiz, "\"Is FHIR", 0);
        row("duplicate stem in one quiz",
            quizFile(quiz(question("q1", "Is FHIR a standard?", ", \"explanation\": \"Y\"") +
                          ",\n" +
                          question("q2", "is  FHIR a standard?", ", \"explanation\": \"Y\""))),
            "duplicate-question", Severity::Warning, kQuiz, "\"is  FHIR");
        row(
            "duplicate stem across quizzes",
            [](PackSourceWriter &w) {
                addItem(w, "quiz-2", "quiz", "quizzes/two.json");
                w.setFile("quizzes/two.json",
                          quiz(question("x", "Which of these is a health data standard?",
                                        ", \"explanation\": \"Y\"")));
            },
            "duplicate-question", Severity::Warning, "quizzes/two.json", "\"Which");

        // Media.
        row("media used by a lesson, a quiz and a style sheet", [](PackSourceWriter &w) {
            addItem(w, "lesson-2", "lesson", "lessons/two.html");
            w.setFile("lessons/two.html",
                      "<link rel=stylesheet href=\"../media/s.css\"><img src=\"../media/a.png\" "
                      "alt=\"A\"><video src=\"../media/v.mp4\" poster=\"../media/p.jpg\">"
                      "<track src=\"../media/v.vtt\"></video>");
            w.setFile(kQuiz, quiz(question("q1", "What is in ![map](../media/map.svg)?",
                                           ", \"explanation\": \"Y\"")));
            w.setFile("media/s.css", "body { background: url(font-bg.webp) }");
            for (const char *f : {"media/a.png", "media/v.mp4", "media/p.jpg", "media/v.vtt",
                                  "media/map.svg", "media/font-bg.webp"})
                w.setFile(f, "x");
            w.setFile("notes.txt", "not media: never reported");
        });
        row(
            "media nothing uses", [](PackSourceWriter &w) { w.setFile("media/old.png", "x"); },
            "unused-media", Severity::Warning, "media/old.png");
        row("image of 1 MiB", [](PackSourceWriter &w) {
            w.setFile(kLesson, "# A\n\n![A](../media/a.jpg)\n");
            w.setFile("media/a.jpg", QByteArray(1024 * 1024, 'x'));
        });
        row(
            "image over 1 MiB",
            [](PackSourceWriter &w) {
                w.setFile(kLesson, "# A\n\n![A](../media/a.jpg)\n");
                w.setFile("media/a.jpg", QByteArray(1024 * 1024 + 1, 'x'));
            },
            "oversized-media", Severity::Warning, "media/a.jpg");
        row(
            "audio over 20 MiB",
            [](PackSourceWriter &w) {
                w.setFile(kLesson, "# A\n\n<audio src=\"../media/a.mp3\"></audio>\n");
                w.setFile("media/a.mp3", QByteArray(20 * 1024 * 1024 + 1, 'x'));
            },
            "oversized-media", Severity::Warning, "media/a.mp3");

        // Review date (today is 2026-06-01).
        row("review in 31 days",
            [](PackSourceWriter &w) { w.manifest()["reviewBy"] = "2026-07-02"; });
        row(
            "review in 30 days",
            [](PackSourceWriter &w) { w.manifest()["reviewBy"] = "2026-07-01"; },
            "review-date-soon", Severity::Warning, "pack.json", "\"2026-07-01\"");
        row(
            "review today", [](PackSourceWriter &w) { w.manifest()["reviewBy"] = "2026-06-01"; },
            "review-date-soon", Severity::Warning, "pack.json", "\"2026-06-01\"");
        row(
            "review passed", [](PackSourceWriter &w) { w.manifest()["reviewBy"] = "2026-05-31"; },
            "review-date-passed", Severity::Warning, "pack.json", "\"2026-05-31\"");

        // Licence: the format's own checks (docs/pack-format.md) cover it.
        row(
            "licence missing", [](PackSourceWriter &w) { w.manifest().remove("license"); },
            "missing-field", Severity::Error, "pack.json", "{");
        row(
            "licence not SPDX",
            [](PackSourceWriter &w) { w.manifest()["license"] = "free for all"; }, "invalid-value",
            Severity::Error, "pack.json", "\"free for all\"");
        row(
            "licence unknown to the app",
            [](PackSourceWriter &w) { w.manifest()["license"] = "Made-Up-1.0"; }, "unknown-license",
            Severity::Warning, "pack.json", "\"Made-Up-1.0\"");
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(Severity, severity);
        QFETCH(QString, file);
        QFETCH(QByteArray, needle);
        QFETCH(int, skip);
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        mutate(writer);
        QVERIFY(writer.writeTo(dir.path()));
        const ValidationResult result =
            PackValidator(kToday, Checks::Review).validate(FolderPackFiles(dir.path()));
        if (code.isEmpty()) {
            QVERIFY2(result.findings.isEmpty(), qPrintable(oht::test::describe(result.findings)));
            return;
        }
        QVERIFY2(result.findings.size() == 1, qPrintable(oht::test::describe(result.findings)));
        const Finding &f = result.findings.first();
        QCOMPARE(f.code, code);
        QCOMPARE(f.severity, severity);
        QCOMPARE(f.file, file);
        QVERIFY(!f.message.isEmpty());
        if (needle.isEmpty()) {
            QCOMPARE(f.line, 0);
        } else {
            const auto expected = positionOf(readFile(dir.filePath(file)), needle, skip);
            QVERIFY2(expected.first > 0, "needle not in the file");
            QCOMPARE(f.line, expected.first);
            QCOMPARE(f.column, expected.second);
        }
    }

    void standardChecksLeaveReviewOut()
    {
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        writer.setFile(kLesson, "# A\n\n#### B ![](../media/a.svg)\n");
        writer.setFile("media/a.svg", "<svg/>");
        writer.setFile("media/unused.png", "x");
        QVERIFY(writer.writeTo(dir.path()));
        const FolderPackFiles files(dir.path());
        QVERIFY(PackValidator(kToday).validate(files).findings.isEmpty());
        QCOMPARE(PackValidator(kToday, Checks::Review).validate(files).findings.size(), 3);
    }

    void readabilityScoreIsInTheMessage()
    {
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        writer.setFile(kLesson, "# A\n\n" + kHardProse + "\n");
        QVERIFY(writer.writeTo(dir.path()));
        const auto result =
            PackValidator(kToday, Checks::Review).validate(FolderPackFiles(dir.path()));
        QCOMPARE(result.findings.size(), 1);
        QVERIFY2(result.findings[0].message.contains("Flesch reading ease -"),
                 qPrintable(result.findings[0].message));
        QVERIFY(result.ok()); // infos never fail a pack
    }
};

QTEST_GUILESS_MAIN(TestReviewChecks)
#include "tst_reviewchecks.moc"
