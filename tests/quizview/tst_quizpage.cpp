#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizoverview.h"
#include "oht/quizview/quizpage.h"
#include "oht/quizview/quizreview.h"
#include "quizdriver.h"
#include "quizfixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace oht;
using namespace oht::quizview;
using test::QuizFixture;

/// Taking a quiz on the real QuizPage: by keyboard and by mouse, immediate and exam mode,
/// wrong and empty answers; every answer is in the store the moment it is given.
class TestQuizPage : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question(const packformat::Quiz &quiz, const QString &id)
    {
        for (const auto &q : quiz.questions) {
            if (q.id == id)
                return q;
        }
        return {};
    }

    static int recordedAnswers(QuizFixture &f, QuizPage &page)
    {
        auto attempt = f.attempts->attempt(f.profileId, page.currentAttemptId());
        return attempt ? int(attempt->answers.size()) : -1;
    }

    static void show(QuizPage &page)
    {
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
    }

    /// Answers the next dialog with `button` once it is up.
    static void answerDialog(const QString &buttonText)
    {
        QTimer::singleShot(0, [buttonText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == buttonText)
                    QTest::keyClick(b, Qt::Key_Space);
            }
        });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void overviewBeforeTheFirstAttempt()
    {
        QuizFixture f;
        QVERIFY(f.ok);
        auto page = f.makePage();
        show(*page);
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        QCOMPARE(page->view(), QuizPage::View::Overview);
        QVERIFY(page->overview()->detailsLabel()->text().contains(QStringLiteral("7 questions")));
        QVERIFY(page->overview()->detailsLabel()->text().contains(QStringLiteral("70 %")));
        QCOMPARE(page->overview()->startButton()->text(), QStringLiteral("&Start the quiz"));
        QVERIFY(!page->overview()->startButton()->accessibleName().isEmpty());
    }

    void takeQuiz_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::addColumn<bool>("allRight");
        QTest::newRow("keyboard, all right") << true << true;
        QTest::newRow("mouse, all right") << false << true;
        QTest::newRow("keyboard, all wrong") << true << false;
        QTest::newRow("mouse, all wrong") << false << false;
    }

    void takeQuiz()
    {
        QFETCH(bool, keyboard);
        QFETCH(bool, allRight);
        QuizFixture f;
        QVERIFY(f.ok);
        auto page = f.makePage();
        show(*page);
        QSignalSpy completed(page.get(), &QuizPage::itemCompleted);
        QSignalSpy finished(page.get(), &QuizPage::attemptFinished);
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        if (keyboard)
            QTest::keyClick(page->overview()->startButton(), Qt::Key_Space);
        else
            QTest::mouseClick(page->overview()->startButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Attempt);
        const auto cards = page->attemptView()->cards();
        QCOMPARE(cards.size(), 7);
        QTRY_VERIFY(cards.first()->isAncestorOf(QApplication::focusWidget()));

        const packformat::Quiz quiz = f.quiz();
        for (int i = 0; i < cards.size(); ++i) {
            QuestionCard *card = cards[i];
            const auto q = question(quiz, card->questionId());
            const auto response =
                allRight ? QuizFixture::rightResponse(q) : QuizFixture::wrongResponse(q);
            if (keyboard) {
                test::answerByKeyboard(card->input(), response);
                QTest::keyClick(card->checkButton(), Qt::Key_Space);
            } else {
                test::answerByMouse(card->input(), response);
                QTest::mouseClick(card->checkButton(), Qt::LeftButton);
            }
            QVERIFY2(card->isChecked(), qPrintable(card->errorLabel()->text()));
            QCOMPARE(card->input()->response(), response);
            QCOMPARE(recordedAnswers(f, *page), i + 1); // recorded at once
            QVERIFY(card->resultLabel()->isVisibleTo(card));
            QCOMPARE(card->resultLabel()->text().startsWith(QStringLiteral("✓ Correct")), allRight);
            QVERIFY(card->explanationLabel()->isVisibleTo(card));
            QVERIFY(!card->checkButton()->isVisibleTo(card));
            // The keyboard goes on to the next question (or to Finish after the last).
            QWidget *next = i + 1 < cards.size() ? static_cast<QWidget *>(cards[i + 1])
                                                 : page->attemptView()->submitButton();
            QTRY_VERIFY(next == QApplication::focusWidget() ||
                        next->isAncestorOf(QApplication::focusWidget()));
        }
        QCOMPARE(page->attemptView()->progressLabel()->text(),
                 QStringLiteral("7 of 7 questions answered"));
        if (keyboard)
            QTest::keyClick(page->attemptView()->submitButton(), Qt::Key_Space);
        else
            QTest::mouseClick(page->attemptView()->submitButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Review);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][2].toDouble(), allRight ? 100.0 : 0.0);
        QCOMPARE(completed.size(), allRight ? 1 : 0);
        QVERIFY(page->review()->summaryLabel()->text().startsWith(
            allRight ? QStringLiteral("✓ Passed") : QStringLiteral("✗ Not passed")));
        QCOMPARE(page->review()->cards().size(), 7);
        auto state = f.events->itemState(f.profileId, QuizFixture::kPackId, QuizFixture::kQuizId);
        QVERIFY(state.ok());
        QCOMPARE(state->has_value() && (*state)->isCompleted(), allRight);
    }

    void perOptionFeedbackAfterChecking()
    {
        QuizFixture f;
        auto page = f.makePage();
        show(*page);
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        QuestionCard *card = page->attemptView()->card(QStringLiteral("single"));
        quiz::Response lungs;
        lungs.choices = {QStringLiteral("lungs")};
        test::answerByMouse(card->input(), lungs);
        QVERIFY(!card->explanationLabel()->isVisibleTo(card)); // nothing before checking
        QTest::mouseClick(card->checkButton(), Qt::LeftButton);
        QCOMPARE(card->resultLabel()->text(), QStringLiteral("✗ Incorrect · score 0 of 1"));
        auto *lungsFeedback = card->findChild<QLabel *>(QStringLiteral("feedback-lungs"));
        auto *heartFeedback = card->findChild<QLabel *>(QStringLiteral("feedback-heart"));
        QVERIFY(lungsFeedback->text().contains(QStringLiteral("The lungs exchange gases.")));
        QVERIFY(lungsFeedback->text().startsWith(QStringLiteral("✗")));
        QVERIFY(heartFeedback->text().startsWith(QStringLiteral("✓")));
        QVERIFY(card->explanationLabel()->text().contains(QStringLiteral("muscular pump")));
        QVERIFY(!card->input()->isEnabled() ||
                !card->findChild<QAbstractButton *>(QStringLiteral("option-heart"))->isEnabled());
    }

    void emptyAnswerIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("questionId");
        QTest::addColumn<QString>("message");
        QTest::newRow("single") << "single"
                                << "Choose an answer first.";
        QTest::newRow("multiple") << "multiple"
                                  << "Choose at least one answer first.";
        QTest::newRow("truefalse") << "truefalse"
                                   << "Choose True or False first.";
        QTest::newRow("numeric") << "numeric"
                                 << "Type a number first.";
        QTest::newRow("text") << "text"
                              << "Type an answer first.";
        QTest::newRow("matching") << "matching"
                                  << "Choose a match for every item first (3 still open).";
    }

    void emptyAnswerIsRefusedWithAMessage()
    {
        QFETCH(QString, questionId);
        QFETCH(QString, message);
        QuizFixture f;
        auto page = f.makePage();
        show(*page);
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        QuestionCard *card = page->attemptView()->card(questionId);
        QTest::mouseClick(card->checkButton(), Qt::LeftButton);
        QVERIFY(!card->isChecked());
        QVERIFY(card->errorLabel()->isVisibleTo(card));
        QCOMPARE(card->errorLabel()->text(), QStringLiteral("⚠ ") + message);
        QCOMPARE(recordedAnswers(f, *page), 0);
    }

    void numericFieldWithTextIsNotAnAnswer_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("letters") << "four";
        QTest::newRow("number and unit") << "4 chambers";
        QTest::newRow("two numbers") << "4 5";
        QTest::newRow("infinity") << "1e999";
    }

    void numericFieldWithTextIsNotAnAnswer()
    {
        QFETCH(QString, typed);
        QuizFixture f;
        auto page = f.makePage();
        show(*page);
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        QuestionCard *card = page->attemptView()->card(QStringLiteral("numeric"));
        QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("numberField")), typed);
        QTest::keyClick(card->checkButton(), Qt::Key_Space);
        QVERIFY(!card->isChecked());
        QVERIFY(card->errorLabel()->text().contains(QStringLiteral("is not a number")));
        QVERIFY(card->errorLabel()->text().contains(typed));
        QCOMPARE(recordedAnswers(f, *page), 0);
    }

    void examModeRecordsAsYouGoAndShowsFeedbackAfterSubmitting()
    {
        QuizFixture f(QStringLiteral("exam"));
        auto page = f.makePage();
        show(*page);
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        const packformat::Quiz quiz = f.quiz();
        QuestionCard *single = page->attemptView()->card(QStringLiteral("single"));
        QVERIFY(!single->checkButton()->isVisibleTo(single));
        test::answerByKeyboard(
            single->input(), QuizFixture::rightResponse(question(quiz, QStringLiteral("single"))));
        QCOMPARE(recordedAnswers(f, *page), 1);               // a choice is recorded on the click
        QVERIFY(!single->resultLabel()->isVisibleTo(single)); // no feedback in an exam

        // Typed answers are recorded after a pause in typing (below), or on Enter.
        QuestionCard *numeric = page->attemptView()->card(QStringLiteral("numeric"));
        test::answerByKeyboard(numeric->input(), QuizFixture::rightResponse(
                                                     question(quiz, QStringLiteral("numeric"))));
        // Enter saves a typed answer at once.
        QTest::keyClick(numeric->findChild<QLineEdit *>(QStringLiteral("numberField")),
                        Qt::Key_Return);
        QCOMPARE(recordedAnswers(f, *page), 2);
        // Text in a number field: a message, and the recorded number is cleared.
        QTest::keyClicks(numeric->findChild<QLineEdit *>(QStringLiteral("numberField")),
                         QStringLiteral("x"));
        QTRY_COMPARE(recordedAnswers(f, *page), 1);
        QVERIFY(numeric->errorLabel()->text().contains(QStringLiteral("is not a number")));

        // Submitting with unanswered questions asks first; "Keep answering" keeps going.
        answerDialog(QStringLiteral("Keep answering"));
        QTest::mouseClick(page->attemptView()->submitButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Attempt);
        answerDialog(QStringLiteral("Finish anyway"));
        QTest::mouseClick(page->attemptView()->submitButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Review);
        const auto cards = page->review()->cards();
        QCOMPARE(cards.size(), 7);
        for (QuestionCard *card : cards) {
            QVERIFY(card->resultLabel()->isVisibleTo(card));
            QVERIFY(card->explanationLabel()->isVisibleTo(card));
        }
        QVERIFY(page->review()->cards().first()->resultLabel()->text().startsWith(
            QStringLiteral("✓ Correct")));
        // 1 of 8 points (multiple is worth 2).
        QVERIFY(page->review()->summaryLabel()->text().contains(QStringLiteral("(1 of 8)")));
    }

    void noLearnerNoQuiz()
    {
        QuizFixture f;
        auto page = f.makePage();
        page->setProfileId(0);
        QVERIFY(!page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        QCOMPARE(page->view(), QuizPage::View::Message);
        QVERIFY(!page->messageLabel()->text().isEmpty());
    }

    void unknownQuizShowsTheError()
    {
        QuizFixture f;
        auto page = f.makePage();
        const auto r = page->showQuiz(QuizFixture::kPackId, QStringLiteral("nope"));
        QVERIFY(!r.ok());
        QCOMPARE(page->view(), QuizPage::View::Message);
        QCOMPARE(page->messageLabel()->text(), r.error().message);
        // A lesson is not a quiz.
        QVERIFY(!page->showQuiz(QuizFixture::kPackId, QStringLiteral("lesson-1")).ok());
        QCOMPARE(page->view(), QuizPage::View::Message);
    }
};

QTEST_MAIN(TestQuizPage)
#include "tst_quizpage.moc"
