#include "markedtext.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/packvalidator.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace oht::packformat;
using oht::test::PackSourceWriter;

using Mutation = std::function<void(PackSourceWriter &, const QString &dir)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QDate kToday(2026, 6, 1);

QJsonArray items(PackSourceWriter &w)
{
    return w.manifest()["modules"].toArray()[0].toObject()["items"].toArray();
}
void setItems(PackSourceWriter &w, const QJsonArray &list)
{
    QJsonArray modules = w.manifest()["modules"].toArray();
    QJsonObject m = modules[0].toObject();
    m["items"] = list;
    modules[0] = m;
    w.manifest()["modules"] = modules;
}
void addItem(PackSourceWriter &w, const QString &id, const QString &type, const QString &file)
{
    QJsonArray list = items(w);
    list.append(QJsonObject{{"id", id}, {"type", type}, {"title", "Extra"}, {"file", file}});
    setItems(w, list);
}
void setItemFile(PackSourceWriter &w, int index, const QString &file)
{
    QJsonArray list = items(w);
    QJsonObject item = list[index].toObject();
    item["file"] = file;
    list[index] = item;
    setItems(w, list);
}

/// 1-based line and column (code points) of `needle` (+ `skip` characters) in `text`.
QPair<int, int> positionOf(const QByteArray &text, const QByteArray &needle, int skip = 0)
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

} // namespace

class TestPackValidator : public QObject
{
    Q_OBJECT
private:
    static void row(const char *name, Mutation m, const char *code = "", bool isError = true,
                    const char *file = "", const char *needle = "", int skip = 0)
    {
        QTest::newRow(name) << m << QString::fromLatin1(code) << isError << QString::fromUtf8(file)
                            << QByteArray(needle) << skip;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sourceRules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("needle"); // where the finding points; empty: no position
        QTest::addColumn<int>("skip");          // characters of the needle before that point

        row("valid minimal pack", [](PackSourceWriter &, const QString &) {});
        row("links and images that resolve", [](PackSourceWriter &w, const QString &) {
            addItem(w, "lesson-2", "lesson", "lessons/deeper/lesson-2.html");
            w.setFile(
                "lessons/lesson-1.md",
                "# One\n\nSee [two](deeper/lesson-2.html#part), [top](#top), [me](lesson-1.md),\n"
                "[site](https://example.org), [mail](mailto:a@example.org) and\n"
                "![diagram](../media/diagram.svg) and <img src=\"../media/photo%201.jpg\" "
                "alt=\"\">.\n");
            w.setFile("lessons/deeper/lesson-2.html",
                      "<html><head><link rel=stylesheet href=\"../../media/style.css\"></head>"
                      "<body><a href=\"../lesson-1.md\">back</a><img "
                      "src=data:image/png;base64,AA></body></html>");
            w.setFile("media/diagram.svg", "<svg/>");
            w.setFile("media/photo 1.jpg", "jpg");
            w.setFile("media/style.css", "p{}");
        });
        row("review date today", [](PackSourceWriter &w, const QString &) {
            w.manifest()["reviewBy"] = kToday.toString(Qt::ISODate);
        });
        row("unreferenced media and changelog", [](PackSourceWriter &w, const QString &) {
            w.setFile("CHANGELOG.md", "# Changes\n\n[gone](nowhere.md)\n");
            w.setFile("media/unused.png", "png");
        });
        row("dot files and review notes are not the pack's",
            [](PackSourceWriter &w, const QString &) {
                w.setFile(".git/HEAD", "ref");
                w.setFile("review-notes.json", "{not json");
                w.setFile("lessons/.DS_Store", "x");
            });
        row(
            "pack.json missing",
            [](PackSourceWriter &, const QString &dir) {
                QDir(dir).mkpath("."); // written below, then removed
                QFile::remove(dir + "/pack.json");
            },
            "missing-file", true, "pack.json");
        row(
            "pack.json not JSON",
            [](PackSourceWriter &w, const QString &) {
                w.manifest()["title"] = "x"; // replaced after writing, see sourceRules()
            },
            "json-syntax", true, "pack.json", "BROKEN");
        row(
            "outline names a missing lesson",
            [](PackSourceWriter &w, const QString &) { setItemFile(w, 0, "lessons/missing.md"); },
            "missing-file", true, "pack.json", "\"lessons/missing.md\"");
        row(
            "outline names a missing quiz",
            [](PackSourceWriter &w, const QString &) { w.removeFile("quizzes/quiz-1.json"); },
            "missing-file", true, "pack.json", "\"quizzes/quiz-1.json\"");
        row(
            "lesson that is not Markdown or HTML",
            [](PackSourceWriter &w, const QString &) {
                addItem(w, "notes", "lesson", "lessons/notes.txt");
                w.setFile("lessons/notes.txt", "text");
            },
            "wrong-file-type", true, "pack.json", "\"lessons/notes.txt\"");
        row(
            "quiz that is not JSON",
            [](PackSourceWriter &w, const QString &) {
                addItem(w, "quiz-2", "quiz", "quizzes/quiz-2.md");
                w.setFile("quizzes/quiz-2.md", "# Quiz");
            },
            "wrong-file-type", true, "pack.json", "\"quizzes/quiz-2.md\"");
        row(
            "outline path escapes the pack",
            [](PackSourceWriter &w, const QString &) { setItemFile(w, 0, "../outside.md"); },
            "unsafe-path", true, "pack.json", "\"../outside.md\"");
        row(
            "broken link",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("lessons/lesson-1.md",
                          "# One\n\nRead [the next one](lesson-9.md#start) now.\n");
            },
            "broken-link", true, "lessons/lesson-1.md", "lesson-9.md");
        row(
            "broken link in raw HTML",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("lessons/lesson-1.md",
                          "# One\n\n<p>\n  <a\n    href=\"gone.html\">x</a>\n</p>\n");
            },
            "broken-link", true, "lessons/lesson-1.md", "gone.html");
        row(
            "link outside the pack",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("lessons/lesson-1.md", "Up [and away](../../etc/passwd).\n");
            },
            "broken-link", true, "lessons/lesson-1.md", "../../etc/passwd");
        row(
            "absolute link",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("lessons/lesson-1.md", "An [absolute](/lessons/lesson-1.md) link.\n");
            },
            "broken-link", true, "lessons/lesson-1.md", "/lessons");
        row(
            "link to a folder",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("media/a.png", "png");
                w.setFile("lessons/lesson-1.md", "See [media](../media/).\n");
            },
            "broken-link", true, "lessons/lesson-1.md", "../media/");
        row(
            "missing image",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("lessons/lesson-1.md", "# Café\n\n![Chart](../media/chart.png)\n");
            },
            "missing-image", true, "lessons/lesson-1.md", "../media/chart.png");
        row(
            "missing image in HTML lesson",
            [](PackSourceWriter &w, const QString &) {
                setItemFile(w, 0, "lessons/lesson-1.html");
                w.removeFile("lessons/lesson-1.md");
                w.setFile("lessons/lesson-1.html",
                          "<body>\n<p>Über</p><img alt=\"x\" src=\"fig.png\">\n</body>");
            },
            "missing-image", true, "lessons/lesson-1.html", "fig.png");
        row(
            "file name with a backslash",
            [](PackSourceWriter &w, const QString &) { w.setFile("media/a\\b.png", "png"); },
            "unsafe-path", true, "media/a\\b.png");
        row(
            "file name with a colon",
            [](PackSourceWriter &w, const QString &) { w.setFile("media/a:b.png", "png"); },
            "unsafe-path", true, "media/a:b.png");
        row(
            "symbolic link",
            [](PackSourceWriter &, const QString &dir) {
                QDir(dir).mkpath("media");
                QFile::link("/etc/hostname", dir + "/media/host.txt");
            },
            "unsafe-path", true, "media/host.txt");
        row(
            "names differing by case",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("media/Photo.png", "1");
                w.setFile("media/photo.png", "2");
            },
            "path-collision", true, "media/photo.png");
        row(
            "names differing by normalisation",
            [](PackSourceWriter &w, const QString &) {
                w.setFile(QString::fromUtf8("media/caf\u00e9.png"), "1");  // NFC
                w.setFile(QString::fromUtf8("media/cafe\u0301.png"), "2"); // NFD
            },
            "path-collision", true, QString::fromUtf8("media/caf\u00e9.png").toUtf8().constData());
        row(
            "folders differing by case",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("Media/a.png", "1");
                w.setFile("media/b.png", "2");
            },
            "path-collision", true, "media/b.png");
        row(
            "review date passed",
            [](PackSourceWriter &w, const QString &) { w.manifest()["reviewBy"] = "2026-05-31"; },
            "review-date-passed", false, "pack.json", "\"2026-05-31\"");
        row(
            "quiz answer key",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("quizzes/quiz-1.json",
                          QByteArray(PackSourceWriter::minimalQuiz())
                              .replace("\"correct\": false", "\"correct\": true"));
            },
            "single-correct", true, "quizzes/quiz-1.json", "\"options\": [", 11);
        row(
            "quiz not JSON",
            [](PackSourceWriter &w, const QString &) {
                w.setFile("quizzes/quiz-1.json", "{\n  \"questions\": [\n    oops\n  ]\n}\n");
            },
            "json-syntax", true, "quizzes/quiz-1.json", "oops");
        row(
            "manifest schema",
            [](PackSourceWriter &w, const QString &) { w.manifest()["language"] = "english"; },
            "invalid-value", true, "pack.json", "\"english\"");
    }
    void sourceRules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(bool, isError);
        QFETCH(QString, file);
        QFETCH(QByteArray, needle);
        QFETCH(int, skip);
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        mutate(writer, dir.path());
        QVERIFY(writer.writeTo(dir.path()));
        if (QTest::currentDataTag() == QByteArray("pack.json missing"))
            QVERIFY(QFile::remove(dir.filePath("pack.json")));
        if (QTest::currentDataTag() == QByteArray("pack.json not JSON")) {
            QFile f(dir.filePath("pack.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\n  \"id\": BROKEN\n}\n");
        }
        const ValidationResult result = PackValidator(kToday).validate(FolderPackFiles(dir.path()));
        if (code.isEmpty()) {
            QVERIFY2(result.findings.isEmpty(), qPrintable(oht::test::describe(result.findings)));
            QVERIFY(result.ok());
            QVERIFY(result.quizzes.contains("quiz-1"));
            return;
        }
        QVERIFY2(result.findings.size() == 1, qPrintable(oht::test::describe(result.findings)));
        const Finding &f = result.findings.first();
        QCOMPARE(f.code, code);
        QCOMPARE(f.isError(), isError);
        QCOMPARE(f.file, file);
        QVERIFY(!f.message.isEmpty());
        if (needle.isEmpty()) {
            QCOMPARE(f.line, 0);
            QCOMPARE(f.column, 0);
        } else {
            const auto expected = positionOf(readFile(dir.filePath(file)), needle, skip);
            QVERIFY2(expected.first > 0, "needle not in the file");
            QCOMPARE(f.line, expected.first);
            QCOMPARE(f.column, expected.second);
        }
        QCOMPARE(result.ok(), !isError);
    }

    void messagesNameTheThing()
    {
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        setItemFile(writer, 0, "lessons/intro.md");
        QVERIFY(writer.writeTo(dir.path()));
        const auto result = PackValidator(kToday).validate(FolderPackFiles(dir.path()));
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings[0].message,
                 QStringLiteral(
                     "Item \"lesson-1\" points to lessons/intro.md, which is not in the pack."));
        QCOMPARE(result.findings[0].itemId, QStringLiteral("lesson-1"));
    }

    void reportsEveryProblemAtOnceInOrder()
    {
        // Five different problems in three files: all five come back, by file then line.
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        writer.manifest()["version"] = "1.0";                         // pack.json
        addItem(writer, "lesson-2", "lesson", "lessons/lesson-2.md"); // pack.json, later
        writer.setFile("lessons/lesson-1.md", "![x](missing.png)\n\n[y](nope.md)\n"); // two
        writer.setFile("quizzes/quiz-1.json", // two correct options in a single-choice question
                       QByteArray(PackSourceWriter::minimalQuiz())
                           .replace("\"correct\": false", "\"correct\": true"));
        QVERIFY(writer.writeTo(dir.path()));
        const auto result = PackValidator(kToday).validate(FolderPackFiles(dir.path()));
        QStringList got;
        for (const Finding &f : result.findings)
            got << f.file + QLatin1Char(' ') + f.code;
        QCOMPARE(got, (QStringList{"lessons/lesson-1.md missing-image",
                                   "lessons/lesson-1.md broken-link",
                                   // QJsonDocument sorts keys: "modules" precedes "version"
                                   "pack.json missing-file", "pack.json invalid-value",
                                   "quizzes/quiz-1.json single-correct"}));
        QVERIFY(result.findings[0].line < result.findings[1].line);
        QVERIFY(result.findings[2].line < result.findings[3].line);
        QVERIFY(result.manifest.has_value());
        QVERIFY(!result.ok());
    }

    void lessonSharedByTwoItemsIsCheckedOnce()
    {
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        addItem(writer, "again", "lesson", "lessons/lesson-1.md");
        addItem(writer, "quiz-again", "quiz", "quizzes/quiz-1.json");
        writer.setFile("lessons/lesson-1.md", "[x](gone.md)\n");
        QVERIFY(writer.writeTo(dir.path()));
        const auto result = PackValidator(kToday).validate(FolderPackFiles(dir.path()));
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.quizzes.size(), 2);
        QVERIFY(result.quizzes.contains("quiz-again"));
    }

    void unsupportedFormatSaysOnlyThat()
    {
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        writer.manifest()["formatVersion"] = 2;
        writer.manifest()["newThing"] = true;
        writer.removeFile("lessons/lesson-1.md");
        QVERIFY(writer.writeTo(dir.path()));
        const auto result = PackValidator(kToday).validate(FolderPackFiles(dir.path()));
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings[0].code, QStringLiteral("unsupported-format"));
    }

    void sourceIgnoresFilesList()
    {
        oht::test::TempDataDir dir;
        PackSourceWriter writer;
        writer.manifest()["files"] = QJsonArray{QJsonObject{{"path", "stale.md"}}};
        QVERIFY(writer.writeTo(dir.path()));
        const auto result = PackValidator(kToday).validate(FolderPackFiles(dir.path()));
        QVERIFY2(result.findings.isEmpty(), qPrintable(oht::test::describe(result.findings)));
        QVERIFY(result.manifest->files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackValidator)
#include "tst_packvalidator.moc"
