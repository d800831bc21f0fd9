#include "oht/reviewui/problemspanel.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace oht;
using packformat::Finding;
using packformat::Severity;
using reviewui::ProblemsPanel;

Q_DECLARE_METATYPE(oht::packformat::Finding)
Q_DECLARE_METATYPE(oht::packio::ReviewNote)

namespace {
packformat::Findings sample()
{
    return {{"json-syntax", Severity::Error, "quizzes/q.json", 4, 7, "Not JSON", "quiz-1"},
            {"heading-skip", Severity::Warning, "lessons/a.md", 12, 1, "Heading jumps", "a"},
            {"readability", Severity::Info, "lessons/b.md", 0, 0, "Flesch reading ease 41", "b"}};
}
} // namespace

/// The problems panel: rows for findings and open notes, keyboard and mouse activation
/// naming the place at fault, and the selection kept across reloads.
class TestProblemsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsFindingsAndNotes()
    {
        ProblemsPanel panel;
        QCOMPARE(panel.summaryText(), "No problems found.");
        panel.setFindings(sample());
        panel.setNotes(
            {{"n1", "a", {}, packio::NoteCategory::Bias, "Only men shown", "Cy", {}, false},
             {"n2", "a", {}, packio::NoteCategory::Typo, "fixed", "Cy", {}, true}});
        QTreeWidget *list = panel.list();
        QCOMPARE(list->topLevelItemCount(), 4); // the resolved note is left out
        QCOMPARE(list->topLevelItem(0)->text(0), "Error");
        QCOMPARE(list->topLevelItem(0)->text(1), "quizzes/q.json:4:7");
        QCOMPARE(list->topLevelItem(2)->text(1), "lessons/b.md");
        QCOMPARE(list->topLevelItem(3)->text(0), "Note");
        QCOMPARE(list->topLevelItem(3)->text(2), "Bias: Only men shown");
        QCOMPARE(panel.summaryText(), "Errors: 1 · Warnings: 1 · Infos: 1 · Open notes: 1");
        QVERIFY(!list->accessibleName().isEmpty());

        panel.resize(900, 240);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QDir().mkpath(OHT_SCREENSHOT_DIR);
        QVERIFY(panel.grab().save(OHT_SCREENSHOT_DIR "/reviewui-problemspanel.png"));
    }

    void activation_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("enter on the warning") << 1 << true;
        QTest::newRow("double-click the error") << 0 << false;
        QTest::newRow("enter on the info") << 2 << true;
    }
    void activation()
    {
        QFETCH(int, row);
        QFETCH(bool, byKeyboard);
        ProblemsPanel panel;
        panel.setFindings(sample());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &ProblemsPanel::findingActivated);
        QTreeWidget *list = panel.list();
        QTreeWidgetItem *item = list->topLevelItem(row);
        if (byKeyboard) {
            list->setFocus();
            list->setCurrentItem(item);
            QTest::keyClick(list, Qt::Key_Return);
        } else {
            const QPoint at = list->visualItemRect(item).center();
            // A real double-click: press and release, then the second press.
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        }
        QCOMPARE(spy.size(), 1);
        const auto f = spy.first().first().value<Finding>();
        QCOMPARE(f.file, sample()[row].file);
        QCOMPARE(f.line, sample()[row].line);
        QCOMPARE(f.itemId, sample()[row].itemId);
    }

    void noteActivation()
    {
        ProblemsPanel panel;
        panel.setNotes({{"n1",
                         "quiz-1",
                         "q2",
                         packio::NoteCategory::ClinicalAccuracy,
                         "Key?",
                         "Dr A",
                         {},
                         false}});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &ProblemsPanel::noteActivated);
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        const auto n = spy.first().first().value<packio::ReviewNote>();
        QCOMPARE(n.itemId, "quiz-1");
        QCOMPARE(n.questionId, "q2");
        QCOMPARE(panel.list()->topLevelItem(0)->text(1), "quiz-1/q2");
    }

    void selectionSurvivesAReload()
    {
        ProblemsPanel panel;
        panel.setFindings(sample());
        panel.list()->setCurrentItem(panel.list()->topLevelItem(1));
        packformat::Findings next = sample();
        next.removeFirst(); // the error was fixed; the warning moved up a row
        next[0].message = "Heading jumps (reworded)";
        panel.setFindings(next);
        QCOMPARE(panel.list()->currentItem()->text(3), "heading-skip");
        panel.setFindings({});
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QCOMPARE(panel.summaryText(), "No problems found.");
    }
};

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
