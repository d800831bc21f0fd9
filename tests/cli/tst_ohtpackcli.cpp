// The `ohtpack` command line as scripts see it: exit codes, one-line errors on stderr,
// the finding lines and JSON of validate, --data-dir / OHT_DATA_DIR, --version.
#include "oht/core/appinfo.h"
#include "ohtpackrunner.h"
#include "packsourcewriter.h"
#include "rawzipbuilder.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using oht::test::CliRun;
using oht::test::OhtpackRunner;
using oht::test::PackSourceWriter;
using oht::test::TempDataDir;

class TestOhtpackCli : public QObject
{
    Q_OBJECT

private:
    TempDataDir m_work;
    QString m_validPack; ///< a built valid pack, made once

    static void checkOneErrorLine(const CliRun &run)
    {
        const QStringList lines = run.errLines();
        QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
        QVERIFY2(lines.first().startsWith(QLatin1String("ohtpack: ")), qPrintable(run.describe()));
    }

    static QString regexFor(const QString &literal) { return QRegularExpression::escape(literal); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
        QVERIFY2(QFile::exists(OhtpackRunner::binary()), qPrintable(OhtpackRunner::binary()));
        const QString src = m_work.filePath("valid-src");
        QVERIFY(PackSourceWriter().writeTo(src));
        m_validPack = m_work.filePath("valid.ohtpack");
        const CliRun built = OhtpackRunner().run({"build", src, "-o", m_validPack});
        QVERIFY2(built.exitCode == 0, qPrintable(built.describe()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("unknown leading option") << QStringList{"--frobnicate"};
        QTest::newRow("unknown option") << QStringList{"list", "--frobnicate"};
        QTest::newRow("help for unknown command") << QStringList{"help", "frobnicate"};
        QTest::newRow("validate without path") << QStringList{"validate"};
        QTest::newRow("validate two paths") << QStringList{"validate", "a", "b"};
        QTest::newRow("build without -o") << QStringList{"build", "src"};
        QTest::newRow("build -o without value") << QStringList{"build", "src", "-o"};
        QTest::newRow("build without source") << QStringList{"build", "-o", "x.ohtpack"};
        QTest::newRow("import without file") << QStringList{"import"};
        QTest::newRow("import unknown option") << QStringList{"import", "x.ohtpack", "--forse"};
        QTest::newRow("list with argument") << QStringList{"list", "extra"};
        QTest::newRow("remove without id") << QStringList{"remove"};
        QTest::newRow("info without argument") << QStringList{"info"};
        QTest::newRow("search without query") << QStringList{"search"};
        QTest::newRow("search empty query") << QStringList{"search", "  "};
        QTest::newRow("search limit not a number") << QStringList{"search", "--limit", "x", "a"};
        QTest::newRow("search limit zero") << QStringList{"search", "--limit", "0", "a"};
        QTest::newRow("data-dir without value") << QStringList{"list", "--data-dir"};
        QTest::newRow("data-dir empty") << QStringList{"list", "--data-dir="};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        OhtpackRunner runner;
        runner.environment().insert("OHT_DATA_DIR", m_work.filePath("usage-data"));
        const CliRun run = runner.runRaw(args);
        QVERIFY2(run.exitCode == 2 && !run.crashed, qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        checkOneErrorLine(run);
        // A usage error must not create or touch a library.
        QVERIFY(!QFileInfo::exists(m_work.filePath("usage-data")));
    }

    void missingOrWrongInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString missing = m_work.filePath("does-not-exist");
        const QString notZip = m_work.filePath("not-a-zip.ohtpack");
        QFile f(notZip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is plain text, not a zip archive\n");
        f.close();
        QTest::newRow("validate missing path") << QStringList{"validate", missing} << 3;
        QTest::newRow("build missing source")
            << QStringList{"build", missing, "-o", m_work.filePath("o.ohtpack")} << 3;
        QTest::newRow("build from a file")
            << QStringList{"build", notZip, "-o", m_work.filePath("o.ohtpack")} << 1;
        QTest::newRow("import missing file") << QStringList{"import", missing + ".ohtpack"} << 3;
        QTest::newRow("import a folder") << QStringList{"import", m_work.path()} << 1;
        QTest::newRow("import not a zip") << QStringList{"import", notZip} << 1;
        QTest::newRow("validate not a zip") << QStringList{"validate", notZip} << 1;
        QTest::newRow("info missing file") << QStringList{"info", missing + ".ohtpack"} << 3;
        QTest::newRow("info unknown id") << QStringList{"info", "org.example.absent"} << 1;
        QTest::newRow("remove unknown id") << QStringList{"remove", "org.example.absent"} << 1;
    }

    void missingOrWrongInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        TempDataDir data;
        const CliRun run = OhtpackRunner(data.path()).run(args);
        QVERIFY2(run.exitCode == exitCode && !run.crashed, qPrintable(run.describe()));
        checkOneErrorLine(run);
    }

    void unsafeArchiveIsRefusedNamingTheEntry()
    {
        oht::test::RawZipBuilder zip;
        QFile manifest(m_work.filePath("valid-src/pack.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        zip.add("pack.json", manifest.readAll());
        zip.add("../evil", "escaped");
        const QString path = m_work.filePath("evil.ohtpack");
        QVERIFY(zip.writeTo(path));

        TempDataDir data;
        const CliRun run = OhtpackRunner(data.path()).run({"import", path});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        checkOneErrorLine(run);
        QVERIFY2(run.errText().startsWith("ohtpack: cannot import " + path + ": "),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains("../evil"), qPrintable(run.describe()));
        const CliRun list = OhtpackRunner(data.path()).run({"list", "--json"});
        QCOMPARE(list.json().array().size(), 0);
    }

    void invalidSourceFindings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line"); // 0: the finding may or may not have a position
        QTest::addColumn<int>("exitCode");

        QTest::newRow("broken link")
            << "lessons/lesson-1.md"
            << QByteArray("# First lesson\n\nSee [the next part](missing.md).\n") << "broken-link"
            << 3 << 1;
        QTest::newRow("missing image")
            << "lessons/lesson-1.md"
            << QByteArray("# First lesson\n\nText.\n\n![A chart](../media/none.png)\n")
            << "missing-image" << 5 << 1;
        QTest::newRow("json syntax")
            << "pack.json" << QByteArray("{\n  \"formatVersion\": 1,\n  \"id\": ,\n}\n")
            << "json-syntax" << 3 << 1;
        QByteArray twoCorrect = PackSourceWriter::minimalQuiz();
        twoCorrect.replace("\"correct\": false", "\"correct\": true");
        QTest::newRow("two correct options")
            << "quizzes/quiz-1.json" << twoCorrect << "single-correct" << 0 << 1;
        QJsonObject noTitle = PackSourceWriter().manifest();
        noTitle.remove("title");
        QTest::newRow("missing title")
            << "pack.json" << QJsonDocument(noTitle).toJson() << "missing-field" << 0 << 1;
        QJsonObject extra = PackSourceWriter().manifest();
        extra.insert("colour", "blue");
        QTest::newRow("unknown field is a warning")
            << "pack.json" << QJsonDocument(extra).toJson() << "unknown-field" << 0 << 0;
    }

    void invalidSourceFindings()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(int, exitCode);

        TempDataDir dir;
        const QString src = dir.filePath("src");
        PackSourceWriter writer;
        writer.setFile(file, contents);
        QVERIFY(writer.writeTo(src));

        const CliRun run = OhtpackRunner().run({"validate", src});
        QVERIFY2(run.exitCode == exitCode && !run.crashed, qPrintable(run.describe()));
        const QString severity = exitCode == 0 ? "warning" : "error";
        const QString position =
            line > 0 ? QStringLiteral(":%1:\\d+").arg(line) : QStringLiteral("(:\\d+(:\\d+)?)?");
        const QRegularExpression expected("^" + regexFor(src + "/" + file) + position + ": " +
                                          severity + ": \\S.* \\[" + regexFor(code) + "\\]$");
        const QStringList lines = run.outLines();
        QVERIFY2(!lines.filter(expected).isEmpty(),
                 qPrintable(expected.pattern() + " not in: " + run.describe()));

        // Every finding line has the documented shape, and the summary counts them.
        static const QRegularExpression findingShape(
            "^.+?(:\\d+(:\\d+)?)?: (error|warning): .+ \\[[a-z-]+\\]$");
        static const QRegularExpression summaryShape("^(\\d+) errors?, (\\d+) warnings?$");
        QVERIFY(!lines.isEmpty());
        const auto summary = summaryShape.match(lines.last());
        QVERIFY2(summary.hasMatch(), qPrintable(run.describe()));
        const QStringList findings = lines.mid(0, lines.size() - 1);
        for (const QString &l : findings)
            QVERIFY2(findingShape.match(l).hasMatch(), qPrintable(l));
        QCOMPARE(findings.filter(": error: ").size(), summary.captured(1).toInt());
        QCOMPARE(findings.filter(": warning: ").size(), summary.captured(2).toInt());

        // --json reports the same finding with every documented field.
        const CliRun json = OhtpackRunner().run({"validate", "--json", src});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject o = json.json().object();
        for (const char *key : {"path", "valid", "errors", "warnings", "findings"})
            QVERIFY2(o.contains(key), key);
        QCOMPARE(o.value("valid").toBool(), exitCode == 0);
        QCOMPARE(o.value("errors").toInt(), summary.captured(1).toInt());
        bool found = false;
        for (const QJsonValue &v : o.value("findings").toArray()) {
            const QJsonObject f = v.toObject();
            for (const char *key :
                 {"code", "severity", "file", "line", "column", "message", "itemId"})
                QVERIFY2(f.contains(key), key);
            if (f.value("code").toString() == code && f.value("file").toString() == file) {
                found = true;
                QCOMPARE(f.value("severity").toString(), severity);
                if (line > 0)
                    QCOMPARE(f.value("line").toInt(), line);
            }
        }
        QVERIFY2(found, qPrintable(json.describe()));
    }

    void validateReportsEveryProblem()
    {
        TempDataDir dir;
        const QString src = dir.filePath("src");
        PackSourceWriter writer;
        writer.setFile("lessons/lesson-1.md", "# L\n\n[a](gone-1.md)\n\n[b](gone-2.md)\n");
        QByteArray quiz = PackSourceWriter::minimalQuiz();
        quiz.replace("\"correct\": false", "\"correct\": true");
        writer.setFile("quizzes/quiz-1.json", quiz);
        QVERIFY(writer.writeTo(src));
        const CliRun run = OhtpackRunner().run({"validate", src});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.outLines().filter("[broken-link]").size(), 2);
        QCOMPARE(run.outLines().filter("[single-correct]").size(), 1);
    }

    void buildRefusesInvalidSource()
    {
        TempDataDir dir;
        const QString src = dir.filePath("src");
        PackSourceWriter writer;
        writer.setFile("lessons/lesson-1.md", "# L\n\n[a](gone.md)\n");
        QVERIFY(writer.writeTo(src));
        const QString out = dir.filePath("out.ohtpack");
        const CliRun run = OhtpackRunner().run({"build", src, "-o", out});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(!run.outLines()
                      .filter(QRegularExpression("^" + regexFor(src + "/lessons/lesson-1.md") +
                                                 ":3:\\d+: error: .*\\[broken-link\\]$"))
                      .isEmpty(),
                 qPrintable(run.describe()));
        checkOneErrorLine(run);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + ".tmp"));
    }

    void validBuiltPackValidates()
    {
        const CliRun run = OhtpackRunner().run({"validate", m_validPack});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outLines(), QStringList{"0 errors, 0 warnings"});
        QVERIFY(run.err.isEmpty());
        const CliRun json = OhtpackRunner().run({"validate", "--json", m_validPack});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().object().value("valid").toBool(), true);
        QCOMPARE(json.json().object().value("findings").toArray().size(), 0);
    }

    void jsonOutputsParse()
    {
        TempDataDir data;
        const OhtpackRunner runner(data.path());
        QCOMPARE(runner.run({"import", m_validPack}).exitCode, 0);

        const QJsonDocument list = runner.run({"list", "--json"}).json();
        QVERIFY(list.isArray());
        QCOMPARE(list.array().size(), 1);
        const QJsonObject pack = list.array().first().toObject();
        for (const char *key : {"id", "version", "title", "language", "sizeBytes"})
            QVERIFY2(pack.contains(key), key);
        QCOMPARE(pack.value("id").toString(), QString("org.example.test"));
        QVERIFY(pack.value("sizeBytes").toDouble() > 0);

        const QJsonObject search = runner.run({"search", "--json", "patients"}).json().object();
        QCOMPARE(search.value("count").toInt(), 1);
        const QJsonObject hit = search.value("hits").toArray().first().toObject();
        QCOMPARE(hit.value("itemId").toString(), QString("lesson-1"));
        QVERIFY2(hit.value("snippet").toString().contains("<mark>"),
                 qPrintable(hit.value("snippet").toString()));

        for (const QString &arg : {QString("org.example.test"), m_validPack}) {
            const QJsonObject info = runner.run({"info", "--json", arg}).json().object();
            QCOMPARE(info.value("id").toString(), QString("org.example.test"));
            QCOMPARE(info.value("version").toString(), QString("1.0.0"));
            const QJsonArray items =
                info.value("modules").toArray().first().toObject().value("items").toArray();
            QCOMPARE(items.size(), 2);
            QCOMPARE(items.at(0).toObject().value("id").toString(), QString("lesson-1"));
            QCOMPARE(info.value("installed").toBool(), arg == "org.example.test");
        }
    }

    void dataDirFromEnvironment()
    {
        TempDataDir env;
        TempDataDir other;
        const QString envDir = env.filePath("library");
        OhtpackRunner runner; // no --data-dir
        runner.environment().insert("OHT_DATA_DIR", envDir);
        QCOMPARE(runner.run({"import", m_validPack}).exitCode, 0);
        QVERIFY(QFileInfo::exists(envDir + "/library.sqlite"));
        QCOMPARE(runner.run({"list", "--json"}).json().array().size(), 1);

        // --data-dir wins over the environment, before or after the command name.
        QCOMPARE(runner.run({"list", "--json", "--data-dir", other.path()}).json().array().size(),
                 0);
        QCOMPARE(
            runner.runRaw({"--data-dir", other.path(), "list", "--json"}).json().array().size(), 0);
        QCOMPARE(OhtpackRunner(envDir).run({"list", "--json"}).json().array().size(), 1);
    }

    void listTextTable()
    {
        TempDataDir data;
        const OhtpackRunner runner(data.path());
        const CliRun empty = runner.run({"list"});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.outText().startsWith("No packs installed"));
        QCOMPARE(runner.run({"import", m_validPack}).exitCode, 0);
        const QStringList lines = runner.run({"list"}).outLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("ID") && lines[0].contains("VERSION") &&
                lines[0].contains("SIZE"));
        QVERIFY(lines[1].startsWith("org.example.test") && lines[1].contains("1.0.0") &&
                lines[1].contains("Test pack"));
    }

    void version()
    {
        const CliRun run = OhtpackRunner().runRaw({"--version"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), "ohtpack " + oht::appVersionString() + "\n");
        QVERIFY(run.err.isEmpty());
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("help") << QStringList{"help"} << "Usage: ohtpack COMMAND";
        QTest::newRow("--help") << QStringList{"--help"} << "Usage: ohtpack COMMAND";
        QTest::newRow("help build") << QStringList{"help", "build"} << "Usage: ohtpack build";
        for (const char *c : {"validate", "build", "import", "list", "remove", "search", "info"})
            QTest::newRow(c) << QStringList{c, "--help"}
                             << QStringLiteral("Usage: ohtpack %1").arg(c);
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun run = OhtpackRunner().runRaw(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().startsWith(expected), qPrintable(run.outText()));
        QVERIFY(run.outText().contains("--data-dir"));
        if (args == QStringList{"help"})
            for (const char *c :
                 {"validate", "build", "import", "list", "remove", "search", "info"})
                QVERIFY2(run.outText().contains(QStringLiteral("\n  %1 ").arg(c)), c);
    }
};

QTEST_GUILESS_MAIN(TestOhtpackCli)
#include "tst_ohtpackcli.moc"
