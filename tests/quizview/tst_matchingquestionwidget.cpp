#include "oht/quizview/matchingquestionwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace oht;
using namespace oht::quizview;

/// Matching by keyboard in drop-downs: partial answers, the message for open items, and
/// per-item marks after checking.
class TestMatchingQuestionWidget : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question()
    {
        packformat::Question q;
        q.id = QStringLiteral("m");
        q.type = packformat::QuestionType::Matching;
        q.pairs = {{QStringLiteral("x"), QStringLiteral("Ex"), QStringLiteral("X right")},
                   {QStringLiteral("y"), QStringLiteral("Why"), QStringLiteral("Y right")},
                   {QStringLiteral("z"), QStringLiteral("Zed"), QStringLiteral("Z right")}};
        return q;
    }

private slots:
    void rightsInTheAttemptOrder()
    {
        MatchingQuestionWidget w(question(),
                                 {QStringLiteral("z"), QStringLiteral("x"), QStringLiteral("y")});
        QComboBox *combo = w.comboFor(QStringLiteral("x"));
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(0), QStringLiteral("Choose…"));
        QCOMPARE(combo->itemText(1), QStringLiteral("Z right"));
        QCOMPARE(combo->accessibleName(), QStringLiteral("Match for “Ex”"));
    }

    void chooseByKeyboard_data()
    {
        QTest::addColumn<int>("downPresses");
        QTest::addColumn<QString>("matched");
        QTest::newRow("first right") << 1 << "z";
        QTest::newRow("third right") << 3 << "y";
        QTest::newRow("past the end") << 5 << "y";
    }

    void chooseByKeyboard()
    {
        QFETCH(int, downPresses);
        QFETCH(QString, matched);
        MatchingQuestionWidget w(question(),
                                 {QStringLiteral("z"), QStringLiteral("x"), QStringLiteral("y")});
        QSignalSpy changed(&w, &QuestionWidget::responseChanged);
        for (int i = 0; i < downPresses; ++i)
            QTest::keyClick(w.comboFor(QStringLiteral("x")), Qt::Key_Down);
        QCOMPARE(w.response().matches.value(QStringLiteral("x")), matched);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(w.inputError(),
                 QStringLiteral("Choose a match for every item first (2 still open)."));
    }

    void completeAnswerAndSolution()
    {
        MatchingQuestionWidget w(question(), {});
        quiz::Response r;
        r.matches = {{QStringLiteral("x"), QStringLiteral("x")},
                     {QStringLiteral("y"), QStringLiteral("z")},
                     {QStringLiteral("z"), QStringLiteral("y")}};
        w.setResponse(r);
        QCOMPARE(w.response(), r);
        QVERIFY(w.inputError().isEmpty());
        w.setLocked(true);
        QVERIFY(!w.comboFor(QStringLiteral("x"))->isEnabled());
        w.showSolution();
        QCOMPARE(w.feedbackLabel(QStringLiteral("x"))->text(), QStringLiteral("✓ Right."));
        QCOMPARE(w.feedbackLabel(QStringLiteral("y"))->text(),
                 QStringLiteral("✗ “Why” goes with “Y right”."));
    }

    void unknownRecordedIdsAreIgnored()
    {
        MatchingQuestionWidget w(question(), {});
        quiz::Response r;
        r.matches = {{QStringLiteral("x"), QStringLiteral("gone")}};
        w.setResponse(r);
        QVERIFY(w.response().isEmpty());
    }
};

QTEST_MAIN(TestMatchingQuestionWidget)
#include "tst_matchingquestionwidget.moc"
