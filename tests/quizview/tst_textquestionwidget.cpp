#include "oht/quizview/textquestionwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace oht;
using namespace oht::quizview;

/// Short text: trimmed answers, the empty-answer message, and the same comparison as the
/// grader when marking (case and spacing do not matter).
class TestTextQuestionWidget : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question()
    {
        packformat::Question q;
        q.id = QStringLiteral("t");
        q.type = packformat::QuestionType::ShortText;
        q.accept = {QStringLiteral("blood pressure"), QStringLiteral("BP")};
        return q;
    }

private slots:
    void marks_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("feedback");
        QTest::newRow("exact") << "blood pressure"
                               << "✓ Right. Accepted answers: blood pressure; BP";
        QTest::newRow("case and spaces") << "  Blood   PRESSURE "
                                         << "✓ Right. Accepted answers: blood pressure; BP";
        QTest::newRow("other accepted") << "bp"
                                        << "✓ Right. Accepted answers: blood pressure; BP";
        QTest::newRow("wrong") << "pulse"
                               << "✗ Not right. Accepted answers: blood pressure; BP";
        QTest::newRow("empty") << ""
                               << "Accepted answers: blood pressure; BP";
    }

    void marks()
    {
        QFETCH(QString, typed);
        QFETCH(QString, feedback);
        TextQuestionWidget w(question());
        QTest::keyClicks(w.field(), typed);
        QCOMPARE(w.response().text, typed.trimmed());
        QCOMPARE(w.inputError().isEmpty(), !typed.trimmed().isEmpty());
        w.setLocked(true);
        QVERIFY(w.field()->isReadOnly());
        w.showSolution();
        QCOMPARE(w.feedbackLabel()->text(), feedback);
    }

    void blankIsNoAnswer()
    {
        TextQuestionWidget w(question());
        QTest::keyClicks(w.field(), QStringLiteral("    "));
        QVERIFY(w.response().isEmpty());
        QCOMPARE(w.inputError(), QStringLiteral("Type an answer first."));
        QVERIFY(!w.field()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestTextQuestionWidget)
#include "tst_textquestionwidget.moc"
