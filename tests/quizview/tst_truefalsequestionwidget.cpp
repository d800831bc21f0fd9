#include "oht/quizview/truefalsequestionwidget.h"

#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace oht;
using namespace oht::quizview;

/// True/false: choosing by key, the empty-answer message, a recorded answer, the marks.
class TestTrueFalseQuestionWidget : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question(bool answer)
    {
        packformat::Question q;
        q.id = QStringLiteral("tf");
        q.type = packformat::QuestionType::TrueFalse;
        q.answer = answer;
        return q;
    }

private slots:
    void answerAndSolution_data()
    {
        QTest::addColumn<bool>("answer");
        QTest::addColumn<bool>("chooseTrue");
        QTest::addColumn<QString>("feedback");
        QTest::newRow("true, chose true") << true << true << "✓ Right. The statement is true.";
        QTest::newRow("true, chose false")
            << true << false << "✗ Not right. The statement is true.";
        QTest::newRow("false, chose false") << false << false << "✓ Right. The statement is false.";
    }

    void answerAndSolution()
    {
        QFETCH(bool, answer);
        QFETCH(bool, chooseTrue);
        QFETCH(QString, feedback);
        TrueFalseQuestionWidget w(question(answer));
        QCOMPARE(w.inputError(), QStringLiteral("Choose True or False first."));
        QSignalSpy changed(&w, &QuestionWidget::responseChanged);
        QTest::keyClick(chooseTrue ? w.trueButton() : w.falseButton(), Qt::Key_Space);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(w.response().truth, std::optional<bool>(chooseTrue));
        QVERIFY(w.inputError().isEmpty());
        w.setLocked(true);
        QVERIFY(!w.trueButton()->isEnabled());
        w.showSolution();
        QCOMPARE(w.feedbackLabel()->text(), feedback);
    }

    void recordedAnswer()
    {
        TrueFalseQuestionWidget w(question(true));
        quiz::Response r;
        r.truth = false;
        w.setResponse(r);
        QCOMPARE(w.response(), r);
        r.truth = true;
        w.setResponse(r);
        QCOMPARE(w.response(), r);
        w.setResponse({});
        QVERIFY(w.response().isEmpty());
        QCOMPARE(w.trueButton()->accessibleName(), QStringLiteral("True"));
    }
};

QTEST_MAIN(TestTrueFalseQuestionWidget)
#include "tst_truefalsequestionwidget.moc"
