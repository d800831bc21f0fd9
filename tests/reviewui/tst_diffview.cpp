#include "oht/reviewui/diffview.h"
#include "oht/reviewui/reviewwindow.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"
#include "webtestmain.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace oht;
using reviewui::DiffView;

namespace {
bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

/// Review ▸ Compare with…: crafted versions show exactly their changes, answer-key changes
/// first and loudly, lessons and question texts word by word.
class TestDiffView : public QObject
{
    Q_OBJECT
    test::TempDataDir m_tmp;
    QString m_old, m_new;

private slots:
    void initTestCase()
    {
        m_old = m_tmp.filePath("old");
        QVERIFY(test::PackSourceWriter().writeTo(m_old));
        test::PackSourceWriter after;
        after.manifest()["version"] = "1.1.0";
        after.setFile("lessons/lesson-1.md", "# First lesson\n\nGive 10 mg daily.\n");
        QByteArray quiz = test::PackSourceWriter::minimalQuiz();
        quiz.replace(R"("text": "HL7 FHIR", "correct": true)",
                     R"("text": "HL7 FHIR", "correct": false)");
        quiz.replace(R"("text": "MP3", "correct": false)", R"("text": "MP3", "correct": true)");
        quiz.replace("a health data standard?", "an interoperability standard?");
        after.setFile("quizzes/quiz-1.json", quiz);
        m_new = m_tmp.filePath("new");
        QVERIFY(after.writeTo(m_new));
        QVERIFY(write(m_old + "/lessons/lesson-1.md", "# First lesson\n\nGive 5 mg daily.\n"));
    }

    void showsTheChangesWordByWord()
    {
        DiffView view(m_new);
        QVERIFY(view.compareWith(m_old).ok());
        const QString text = view.toPlainText();
        QVERIFY2(text.contains("⚠ 1 answer key(s) changed"), qPrintable(text));
        QVERIFY(text.indexOf("answer key(s) changed") < text.indexOf("Manifest (pack.json)"));
        QVERIFY2(text.contains("version: 1.[-0-]{+1+}.0"), qPrintable(text));
        QVERIFY2(text.contains("Give [-5-]{+10+} mg daily."), qPrintable(text));
        QVERIFY2(text.contains("⚠ ANSWER KEY CHANGED: a (HL7 FHIR) → b (MP3)"), qPrintable(text));
        QVERIFY2(text.contains("prompt: Which of these is [-a health data-]{+an interoperability+} "
                               "standard?"),
                 qPrintable(text));
        QCOMPARE(view.result().answerKeyChanges(), 1);
    }

    void identicalVersions()
    {
        DiffView view(m_old);
        QVERIFY(view.compareWith(m_old).ok());
        QVERIFY(view.toPlainText().contains("No differences."));
    }

    void refusesWhatIsNotAPack_data()
    {
        QTest::addColumn<QString>("other");
        QTest::newRow("missing") << "nothing-here";
        QTest::newRow("not a pack") << "junk.ohtpack";
        QTest::newRow("empty folder") << "empty";
    }
    void refusesWhatIsNotAPack()
    {
        QFETCH(QString, other);
        QVERIFY(QDir().mkpath(m_tmp.filePath("empty")));
        QVERIFY(write(m_tmp.filePath("junk.ohtpack"), "not a zip"));
        DiffView view(m_new);
        QVERIFY(view.compareWith(m_old).ok());
        const QString before = view.toPlainText();
        const auto result = view.compareWith(m_tmp.filePath(other));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith("Cannot compare with "),
                 qPrintable(result.error().message));
        QCOMPARE(view.toPlainText(), before); // the last good comparison stays
        QCOMPARE(view.otherVersion(), m_old);
    }

    void compareFromTheReviewWindowFollowsSaves()
    {
        reviewui::ReviewWindow window(m_new, QDate(2026, 6, 1));
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = qobject_cast<QDockWidget *>(window.diffView()->parentWidget());
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        window.diffView()->setChooser([&] { return m_old + "/pack.json"; });
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(dock->isVisible());
        QCOMPARE(window.diffView()->otherVersion(), m_old);
        QVERIFY(window.diffView()->toPlainText().contains("Give [-5-]{+10+} mg daily."));
        QDir().mkpath(OHT_SCREENSHOT_DIR);
        QVERIFY(window.grab().save(OHT_SCREENSHOT_DIR "/reviewui-diffview.png"));

        // A save in the folder compares again.
        QVERIFY(write(m_new + "/lessons/lesson-1.md", "# First lesson\n\nGive 20 mg daily.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.diffView()->toPlainText().contains("Give [-5-]{+20+} mg daily."), 10000);

        window.diffView()->setChooser([&] { return m_tmp.filePath("junk.ohtpack"); });
        window.diffView()->compareAction()->trigger();
        QVERIFY2(window.statusBar()->currentMessage().startsWith("Cannot compare with"),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

OHT_WEB_TEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
