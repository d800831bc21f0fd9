#include "oht/progress/profilestore.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizoverview.h"
#include "oht/quizview/quizpage.h"
#include "oht/quizview/quizreview.h"
#include "quizdriver.h"
#include "quizfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace oht;
using namespace oht::quizview;
using test::QuizFixture;

/// The QuizPage over time: an interrupted attempt resumes exactly (same order, answers as
/// given), retry, the attempt history and its review, attempts made on an older version
/// of the quiz, and another learner's attempts kept apart.
class TestQuizResume : public QObject
{
    Q_OBJECT

private:
    /// Answers every question of the open attempt rightly (mouse) and finishes it.
    static void answerAllAndFinish(QuizFixture &f, QuizPage &page)
    {
        const packformat::Quiz quiz = f.quiz();
        for (QuestionCard *card : page.attemptView()->cards()) {
            for (const auto &q : quiz.questions) {
                if (q.id == card->questionId())
                    test::answerByMouse(card->input(), QuizFixture::rightResponse(q));
            }
            QTest::mouseClick(card->checkButton(), Qt::LeftButton);
        }
        QTest::mouseClick(page.attemptView()->submitButton(), Qt::LeftButton);
    }

    static QStringList questionOrder(const QuizPage &page)
    {
        QStringList order;
        for (const QuestionCard *card : page.attemptView()->cards())
            order << card->questionId();
        return order;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resumesExactly_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("immediate") << "immediate";
        QTest::newRow("exam") << "exam";
    }

    void resumesExactly()
    {
        QFETCH(QString, mode);
        QuizFixture f(mode, true);
        QStringList order;
        QHash<QString, quiz::Response> given;
        {
            auto page = f.makePage();
            page->show();
            QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
            page->startOrResume();
            order = questionOrder(*page);
            const packformat::Quiz quiz = f.quiz();
            for (const auto &q : quiz.questions) {
                if (q.id != QStringLiteral("ordering") && q.id != QStringLiteral("text"))
                    continue;
                QuestionCard *card = page->attemptView()->card(q.id);
                given.insert(q.id, QuizFixture::wrongResponse(q));
                test::answerByKeyboard(card->input(), given[q.id]);
                if (mode == QStringLiteral("immediate"))
                    QTest::keyClick(card->checkButton(), Qt::Key_Space);
            }
            // The page goes away without finishing (exam: the text is still within the
            // typing pause, and is saved as the page closes).
        }
        QVERIFY(f.reopen());
        auto page = f.makePage();
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        QCOMPARE(page->view(), QuizPage::View::Attempt);
        QCOMPARE(questionOrder(*page), order);
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            QuestionCard *card = page->attemptView()->card(it.key());
            QCOMPARE(card->input()->response(), it.value());
            QCOMPARE(card->isChecked(), mode == QStringLiteral("immediate"));
        }
        QVERIFY(page->attemptView()->noticeLabel()->text().contains(QStringLiteral("continuing")));
        QCOMPARE(page->attemptView()->progressLabel()->text(),
                 QStringLiteral("2 of 7 questions answered"));
    }

    void retryAndHistory()
    {
        QuizFixture f;
        auto page = f.makePage();
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        const QUuid first = page->currentAttemptId();
        answerAllAndFinish(f, *page);
        QCOMPARE(page->view(), QuizPage::View::Review);
        QTest::mouseClick(page->review()->retryButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Attempt);
        QVERIFY(page->currentAttemptId() != first);
        for (QuestionCard *card : page->attemptView()->cards())
            QVERIFY(!card->isChecked()); // a fresh attempt starts empty

        // Back to the overview (showing the quiz again): the open attempt continues.
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        QCOMPARE(page->view(), QuizPage::View::Attempt);
        QCOMPARE(page->attemptView()->progressLabel()->text(),
                 QStringLiteral("0 of 7 questions answered"));
    }

    void reviewFromHistory()
    {
        QuizFixture f;
        auto page = f.makePage();
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        answerAllAndFinish(f, *page);
        QTest::mouseClick(page->review()->overviewButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Overview);
        QTreeWidget *history = page->overview()->history();
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("100 %"));
        QVERIFY(page->overview()->bestLabel()->text().contains(QStringLiteral("100 %")));
        QCOMPARE(page->overview()->startButton()->text(), QStringLiteral("&Try again"));
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Return);
        QCOMPARE(page->view(), QuizPage::View::Review);
        QCOMPARE(page->review()->cards().size(), 7);
        QVERIFY(!page->review()->olderVersionLabel()->isVisibleTo(page->review()));
        for (QuestionCard *card : page->review()->cards()) {
            QVERIFY(card->resultLabel()->text().startsWith(QStringLiteral("✓ Correct")));
            QVERIFY(!card->input()->solutionText().isEmpty());
        }
    }

    void attemptsOnAnOlderVersionAreMarked()
    {
        QuizFixture f;
        {
            auto page = f.makePage();
            page->show();
            QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
            page->startOrResume();
            answerAllAndFinish(f, *page);
        }
        QVERIFY(f.update(QStringLiteral("1.1.0"), 1));
        auto page = f.makePage();
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        QTreeWidget *history = page->overview()->history();
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(3),
                 QStringLiteral("Made on an older version of this quiz"));
        QTest::mouseClick(page->overview()->reviewButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Review);
        QVERIFY(page->review()->olderVersionLabel()->isVisibleTo(page->review()));
        QVERIFY(page->review()->summaryLabel()->text().contains(QStringLiteral("100 %")));
    }

    void anOpenAttemptOnAnOlderVersionIsClosed()
    {
        QuizFixture f;
        {
            auto page = f.makePage();
            QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
            page->startOrResume();
        }
        QVERIFY(f.update(QStringLiteral("1.1.0"), 1));
        auto page = f.makePage();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        QCOMPARE(page->view(), QuizPage::View::Overview);
        const auto open =
            f.attempts->unfinishedAttempt(f.profileId, QuizFixture::kPackId, QuizFixture::kQuizId);
        QVERIFY(open.ok() && !open->has_value());
        QCOMPARE(page->overview()->history()->topLevelItem(0)->text(2),
                 QStringLiteral("Abandoned"));
    }

    void eachLearnerHasTheirOwnAttempts()
    {
        QuizFixture f;
        auto page = f.makePage();
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        answerAllAndFinish(f, *page);
        auto ben = progress::ProfileStore(*f.base.db).create(QStringLiteral("Ben"));
        QVERIFY(ben.ok());
        page->setProfileId(ben->id);
        QCOMPARE(page->view(), QuizPage::View::Overview);
        QCOMPARE(page->overview()->history()->topLevelItemCount(), 0);
        QCOMPARE(page->overview()->startButton()->text(), QStringLiteral("&Start the quiz"));
        page->setProfileId(f.profileId);
        QCOMPARE(page->overview()->history()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestQuizResume)
#include "tst_quizresume.moc"
