#include "ohtpackrunner.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht::test;

/// `ohtpack review-report SRC [-o FILE]` against the real binary.
class TestOhtpackReviewReport : public QObject
{
    Q_OBJECT
    TempDataDir m_dir;
    QString m_src;

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PackSourceWriter w;
        w.setFile("lessons/lesson-1.md", "# First\n\n![](../media/a.svg)\n");
        w.setFile("media/a.svg", "<svg/>");
        m_src = m_dir.filePath("src");
        QVERIFY(w.writeTo(m_src));
        QVERIFY(write(m_src + "/review-notes.json", R"({
  "items": { "lesson-1": { "reviewed": true, "reviewedBy": "Dr A", "reviewedOn": "2026-11-20" } },
  "notes": [ { "id": "n1", "item": "quiz-1", "question": "q1", "category": "clinical-accuracy",
               "text": "Option b is also defensible", "author": "Dr A", "date": "2026-11-20",
               "resolved": false } ]
})"));
    }

    void toStandardOutput()
    {
        const CliRun run = OhtpackRunner().run({"review-report", m_src});
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        const QStringList lines = run.outText().split('\n');
        for (const char *expected :
             {"# Review report: Test pack 1.0.0", "- **50% of items reviewed** (1 of 2)",
              "- Notes: 1 open, 0 resolved",
              "- [x] Lesson \"First lesson\" (`lesson-1`): reviewed by Dr A on 2026-11-20",
              "  - [ ] **Clinical accuracy** (question `q1`): Option b is also defensible — Dr "
              "A, 2026-11-20",
              "## Sign-off"})
            QVERIFY2(lines.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + " not in " + run.describe()));
        // The validator's findings (reviewers' checks included) are in the report.
        QVERIFY2(run.outText().contains("| warning | lessons/lesson-1.md:3 |"),
                 qPrintable(run.outText()));
        QVERIFY(run.outText().contains("`image-no-alt`"));
    }

    void toFile()
    {
        const QString out = m_dir.filePath("report.md");
        const CliRun run = OhtpackRunner().run({"review-report", m_src, "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.outText().contains("50%"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Review report: Test pack 1.0.0\n"));
    }

    void withoutNotesFile()
    {
        PackSourceWriter w;
        const QString src = m_dir.filePath("plain");
        QVERIFY(w.writeTo(src));
        const CliRun run = OhtpackRunner().run({"review-report", src});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.outText().contains("**0% of items reviewed** (0 of 2)"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no such folder") << "missing"
                                        << "no such folder";
        QTest::newRow("a file, not a folder") << "file"
                                              << "not a folder";
        QTest::newRow("broken notes file") << "broken"
                                           << "review-notes.json";
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, mentions);
        QString path = m_dir.filePath("refusal-" + what);
        if (what == "file") {
            QVERIFY(write(path, "x"));
        } else if (what == "broken") {
            QVERIFY(PackSourceWriter().writeTo(path));
            QVERIFY(write(path + "/review-notes.json", "{ not json"));
        }
        const CliRun run = OhtpackRunner().run({"review-report", path});
        QVERIFY(!run.crashed);
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith("ohtpack: ") && run.errText().contains(mentions),
                 qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOhtpackReviewReport)
#include "tst_ohtpackreviewreport.moc"
