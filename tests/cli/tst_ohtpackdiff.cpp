#include "ohtpackrunner.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace oht::test;

/// `ohtpack diff OLD NEW` against the real binary: folders and built packs, human and JSON
/// output, answer-key changes called out, bad arguments refused.
class TestOhtpackDiff : public QObject
{
    Q_OBJECT
    TempDataDir m_dir;
    QString m_old, m_new, m_newPack;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PackSourceWriter before;
        m_old = m_dir.filePath("old");
        QVERIFY(before.writeTo(m_old));

        PackSourceWriter after;
        after.manifest()["version"] = "1.1.0";
        after.setFile("lessons/lesson-1.md",
                      "# First lesson\n\nHealth technology helps **patients**, carers and "
                      "clinicians.\n");
        QByteArray quiz = PackSourceWriter::minimalQuiz();
        quiz.replace(R"("text": "HL7 FHIR", "correct": true)",
                     R"("text": "HL7 FHIR", "correct": false)");
        quiz.replace(R"("text": "MP3", "correct": false)", R"("text": "MP3", "correct": true)");
        quiz.replace("a health data standard?", "an interoperability standard?");
        after.setFile("quizzes/quiz-1.json", quiz);
        after.setFile("media/new.svg", "<svg/>");
        m_new = m_dir.filePath("new");
        QVERIFY(after.writeTo(m_new));
        m_newPack = m_dir.filePath("new.ohtpack");
        const CliRun build = OhtpackRunner().run({"build", m_new, "-o", m_newPack});
        QVERIFY2(build.exitCode == 0, qPrintable(build.describe()));
    }

    void humanOutput_data()
    {
        QTest::addColumn<bool>("built");
        QTest::newRow("folders") << false;
        QTest::newRow("folder and built pack") << true;
    }
    void humanOutput()
    {
        QFETCH(bool, built);
        const CliRun run = OhtpackRunner().run({"diff", m_old, built ? m_newPack : m_new});
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        const QStringList lines = run.outLines();
        const QString text = run.outText();
        // The answer-key change comes first, before any detail.
        const qsizetype warning = lines.indexOf(QRegularExpression("^!! 1 answer key.*"));
        QVERIFY2(warning > 0 && warning < lines.indexOf("Manifest (pack.json)"), qPrintable(text));
        QVERIFY2(lines.contains(R"(  ~ version: "1.0.0" -> "1.1.0")"), qPrintable(text));
        QVERIFY2(text.contains("  ~ lesson lesson-1 \"First lesson\": text changed (+1 -1 lines)"),
                 qPrintable(text));
        // Word level: only the words that changed are marked.
        QVERIFY2(lines.contains("      @@ -3 +3 @@"), qPrintable(text));
        QVERIFY2(lines.contains("      Health technology helps **patients**{+, carers+} and "
                                "clinicians."),
                 qPrintable(text));
        QVERIFY2(lines.contains("      prompt: Which of these is [-a health data-]{+an "
                                "interoperability+} standard?"),
                 qPrintable(text));
        QVERIFY2(lines.contains("      !! ANSWER KEY CHANGED: a (HL7 FHIR) -> b (MP3)"),
                 qPrintable(text));
        QVERIFY2(lines.contains("  + media/new.svg (6 bytes)"), qPrintable(text));
    }

    void identicalVersions()
    {
        const CliRun run = OhtpackRunner().run({"diff", m_old, m_old});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outLines().contains("No differences."), qPrintable(run.describe()));
        const CliRun json = OhtpackRunner().run({"diff", "--json", m_old, m_old});
        QCOMPARE(json.json().object().value("identical").toBool(), true);
    }

    void jsonOutput()
    {
        const CliRun run = OhtpackRunner().run({"diff", "--json", m_old, m_newPack});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject o = run.json().object();
        QCOMPARE(o.value("identical").toBool(), false);
        QCOMPARE(o.value("answerKeyChanges").toInt(), 1);
        const QJsonArray questions = o.value("questions").toArray();
        QCOMPARE(questions.size(), 1);
        const QJsonObject q = questions[0].toObject();
        QCOMPARE(q.value("quiz").toString(), "quiz-1");
        QCOMPARE(q.value("id").toString(), "q1");
        QCOMPARE(q.value("change").toString(), "changed");
        QCOMPARE(q.value("answerKeyChanged").toBool(), true);
        QCOMPARE(q.value("oldAnswerKey").toString(), "a (HL7 FHIR)");
        QCOMPARE(q.value("newAnswerKey").toString(), "b (MP3)");
        const QJsonArray texts = q.value("textChanges").toArray();
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts[0].toObject().value("field").toString(), "prompt");
        QCOMPARE(texts[0].toObject().value("before").toString(),
                 "Which of these is a health data standard?");
        QCOMPARE(texts[0].toObject().value("wordDiff").toString(),
                 "Which of these is [-a health data-]{+an interoperability+} standard?");
        bool lesson = false;
        for (const QJsonValue &v : o.value("items").toArray()) {
            const QJsonObject i = v.toObject();
            if (i.value("id").toString() != "lesson-1")
                continue;
            lesson = true;
            QCOMPARE(i.value("textChanged").toBool(), true);
            QCOMPARE(i.value("linesAdded").toInt(), 1);
            QCOMPARE(i.value("linesRemoved").toInt(), 1);
            QVERIFY(i.value("diff").toArray().first().toString().startsWith("@@ "));
            QCOMPARE(
                i.value("wordDiff").toArray(),
                QJsonArray({"@@ -3 +3 @@",
                            "Health technology helps **patients**{+, carers+} and clinicians."}));
        }
        QVERIFY(lesson);
        QCOMPARE(o.value("media").toArray().size(), 1);
        QCOMPARE(o.value("manifest").toArray().size(), 1);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("one path") << QStringList{"diff", "x"} << 2;
        QTest::newRow("three paths") << QStringList{"diff", "a", "b", "c"} << 2;
        QTest::newRow("missing old") << QStringList{"diff", "/nonexistent/old", "NEW"} << -1;
        QTest::newRow("not a pack") << QStringList{"diff", "NOTPACK", "NEW"} << -1;
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString notPack = m_dir.filePath("notpack.ohtpack");
        QFile f(notPack);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a zip");
        f.close();
        args.replaceInStrings("NOTPACK", notPack);
        args.replaceInStrings("NEW", m_new);
        const CliRun run = OhtpackRunner().run(args);
        QVERIFY(!run.crashed);
        if (exitCode >= 0)
            QCOMPARE(run.exitCode, exitCode);
        else
            QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith("ohtpack: "), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOhtpackDiff)
#include "tst_ohtpackdiff.moc"
