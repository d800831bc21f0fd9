#include "oht/quiz/grader.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "quizfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::quizview;
using test::QuizFixture;

/// One card per question type (data-driven over pack format v1's seven types): the right
/// widget class, the header, nothing shown before checking, and after checking the
/// result, the right answer and the explanation with the input locked.
class TestQuestionCard : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question(const QString &id)
    {
        const auto quiz = ProgressFixture::parseQuiz(
            QuizFixture::allTypesQuiz(QStringLiteral("immediate"), false));
        for (const auto &q : quiz.questions) {
            if (q.id == id)
                return q;
        }
        return {};
    }
    using ProgressFixture = test::ProgressFixture;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyType_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("widgetClass");
        QTest::addColumn<QString>("header");
        QTest::newRow("single") << "single" << QByteArray("oht::quizview::ChoiceQuestionWidget")
                                << "Question 1 of 7 · 1 point";
        QTest::newRow("multiple") << "multiple" << QByteArray("oht::quizview::ChoiceQuestionWidget")
                                  << "Question 2 of 7 · 2 points";
        QTest::newRow("truefalse")
            << "truefalse" << QByteArray("oht::quizview::TrueFalseQuestionWidget")
            << "Question 3 of 7 · 1 point";
        QTest::newRow("numeric") << "numeric" << QByteArray("oht::quizview::NumericQuestionWidget")
                                 << "Question 4 of 7 · 1 point";
        QTest::newRow("text") << "text" << QByteArray("oht::quizview::TextQuestionWidget")
                              << "Question 5 of 7 · 1 point";
        QTest::newRow("ordering") << "ordering"
                                  << QByteArray("oht::quizview::OrderingQuestionWidget")
                                  << "Question 6 of 7 · 1 point";
        QTest::newRow("matching") << "matching"
                                  << QByteArray("oht::quizview::MatchingQuestionWidget")
                                  << "Question 7 of 7 · 1 point";
    }

    void everyType()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, widgetClass);
        QFETCH(QString, header);
        const packformat::Question q = question(id);
        const int number = QStringList{"single", "multiple", "truefalse", "numeric",
                                       "text",   "ordering", "matching"}
                               .indexOf(id) +
                           1;
        for (bool right : {true, false}) {
            QuestionCard card(q, number, 7, {}, true);
            card.show();
            QCOMPARE(QByteArray(card.input()->metaObject()->className()), widgetClass);
            QCOMPARE(card.findChild<QLabel *>(QStringLiteral("header"))->text(), header);
            QCOMPARE(card.findChild<QLabel *>(QStringLiteral("prompt"))->accessibleName(),
                     q.prompt);
            QVERIFY(!card.checkButton()->accessibleName().isEmpty());
            QVERIFY(!card.resultLabel()->isVisible());
            QVERIFY(!card.explanationLabel()->isVisible());

            const quiz::Response response =
                right ? QuizFixture::rightResponse(q) : QuizFixture::wrongResponse(q);
            card.input()->setResponse(response);
            QCOMPARE(card.input()->response(), response);
            QVERIFY(card.input()->inputError().isEmpty());
            card.showResult(quiz::Grader::grade(q, response));
            QVERIFY(card.isChecked());
            QVERIFY(!card.checkButton()->isVisible());
            QCOMPARE(card.resultLabel()->text().startsWith(QStringLiteral("✓ Correct")), right);
            QVERIFY(card.explanationLabel()->text().startsWith(QStringLiteral("Explanation: ")));
            QVERIFY(!card.input()->solutionText().isEmpty());
            QVERIFY(card.accessibleDescription().contains(card.resultLabel()->text()));
            QVERIFY(card.accessibleDescription().contains(card.input()->solutionText()));
        }
    }

    void unansweredResult()
    {
        QuestionCard card(question(QStringLiteral("single")), 1, 7, {}, false);
        card.show();
        card.showResult(quiz::Grader::grade(card.input()->question(), {}));
        QCOMPARE(card.resultLabel()->text(), QStringLiteral("Not answered · score 0 of 1"));
    }

    void partlyCorrect()
    {
        const auto q = question(QStringLiteral("multiple"));
        QuestionCard card(q, 2, 7, {}, true);
        quiz::Response oneOfTwo;
        oneOfTwo.choices = {QStringLiteral("pulse")};
        card.input()->setResponse(oneOfTwo);
        card.showResult(quiz::Grader::grade(q, oneOfTwo));
        QCOMPARE(card.resultLabel()->text(), QStringLiteral("◐ Partly correct · score 1 of 2"));
    }

    void enterInATypedAnswerChecksIt_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("checkButton");
        QTest::newRow("numeric") << "numeric" << true;
        QTest::newRow("text") << "text" << true;
        QTest::newRow("exam: no check") << "text" << false;
    }

    void enterInATypedAnswerChecksIt()
    {
        QFETCH(QString, id);
        QFETCH(bool, checkButton);
        QuestionCard card(question(id), 1, 7, {}, checkButton);
        card.show();
        QSignalSpy check(&card, &QuestionCard::checkRequested);
        auto *field = card.input()->findChild<QLineEdit *>();
        QTest::keyClicks(field, QStringLiteral("4"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(check.size(), checkButton ? 1 : 0);
    }

    void errorMessageComesAndGoes()
    {
        QuestionCard card(question(QStringLiteral("text")), 5, 7, {}, true);
        card.show();
        card.showError(card.input()->inputError());
        QVERIFY(card.errorLabel()->isVisible());
        QCOMPARE(card.errorLabel()->text(), QStringLiteral("⚠ Type an answer first."));
        QVERIFY(!card.errorLabel()->accessibleName().isEmpty());
        quiz::Response r;
        r.text = QStringLiteral("ecg");
        card.input()->setResponse(r);
        emit card.input()->responseChanged(); // typing clears the message
        QVERIFY(!card.errorLabel()->isVisible());
    }
};

QTEST_MAIN(TestQuestionCard)
#include "tst_questioncard.moc"
