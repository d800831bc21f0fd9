#include "oht/quiz/presentation.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "oht/quizview/quizreview.h"
#include "quizfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace oht;
using namespace oht::quizview;
using progress::AttemptRecord;
using test::QuizFixture;

/// The review of an attempt: its score line, its questions in the attempt's own order with
/// the learner's answers and the solutions, and the older-version notice.
class TestQuizReview : public QObject
{
    Q_OBJECT

private:
    static packformat::Quiz quiz()
    {
        return test::ProgressFixture::parseQuiz(
            QuizFixture::allTypesQuiz(QStringLiteral("exam"), true));
    }

private slots:
    void showsTheAttemptAsGiven()
    {
        const packformat::Quiz q = quiz();
        AttemptRecord attempt;
        attempt.id = QUuid::createUuid();
        attempt.seed = 4242;
        attempt.status = progress::AttemptStatus::Finished;
        attempt.percent = 25;
        attempt.earned = 2;
        attempt.available = 8;
        attempt.finishedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        for (const auto &question : q.questions) {
            if (question.id == QStringLiteral("single") ||
                question.id == QStringLiteral("ordering"))
                attempt.answers.append({question.id, QuizFixture::rightResponse(question), 1, true,
                                        attempt.finishedAt});
        }
        QuizReview review;
        review.showAttempt(QStringLiteral("Check"), q, attempt);
        QVERIFY(review.summaryLabel()->text().startsWith(
            QStringLiteral("✗ Not passed · 25 % of the points (2 of 8) · pass mark 70 %")));
        QVERIFY(!review.olderVersionLabel()->isVisibleTo(&review));

        const auto presentation = quiz::Presentation::make(q, attempt.seed);
        QStringList shown;
        for (QuestionCard *card : review.cards()) {
            shown << card->questionId();
            QVERIFY(card->isChecked());
            QVERIFY(!card->checkButton()->isVisibleTo(card));
            const bool answered = card->questionId() == QStringLiteral("single") ||
                                  card->questionId() == QStringLiteral("ordering");
            QCOMPARE(card->resultLabel()->text().startsWith(QStringLiteral("✓ Correct")), answered);
            if (!answered)
                QVERIFY(card->resultLabel()->text().startsWith(QStringLiteral("Not answered")));
        }
        QCOMPARE(shown, presentation.questionOrder);
    }

    void olderVersionAndUnfinished()
    {
        AttemptRecord attempt;
        attempt.status = progress::AttemptStatus::Abandoned;
        attempt.olderVersion = true;
        attempt.startedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QuizReview review;
        review.showAttempt(QStringLiteral("Check"), quiz(), attempt);
        QVERIFY(review.olderVersionLabel()->isVisibleTo(&review));
        QVERIFY(review.summaryLabel()->text().startsWith(QStringLiteral("Not finished")));
        QSignalSpy retry(&review, &QuizReview::retryRequested);
        QSignalSpy back(&review, &QuizReview::overviewRequested);
        QTest::keyClick(review.retryButton(), Qt::Key_Space);
        QTest::keyClick(review.overviewButton(), Qt::Key_Space);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(back.size(), 1);
    }
};

QTEST_MAIN(TestQuizReview)
#include "tst_quizreview.moc"
