#include "oht/quizview/quizoverview.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace oht;
using namespace oht::quizview;
using progress::AttemptRecord;
using progress::AttemptStatus;

/// The overview: what the quiz is, the best score, the Start/Continue/Try again button and
/// the history, from which an attempt is reviewed by Enter or the button.
class TestQuizOverview : public QObject
{
    Q_OBJECT

private:
    static AttemptRecord attempt(AttemptStatus status, double percent, bool passed, bool older)
    {
        AttemptRecord a;
        a.id = QUuid::createUuid();
        a.status = status;
        a.percent = percent;
        a.passed = passed;
        a.olderVersion = older;
        a.startedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        return a;
    }

private slots:
    void details_data()
    {
        QTest::addColumn<int>("questions");
        QTest::addColumn<bool>("exam");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("one, immediate") << 1 << false << "1 question · pass mark 70 %";
        QTest::newRow("three, exam") << 3 << true << "3 questions · pass mark 70 %";
    }

    void details()
    {
        QFETCH(int, questions);
        QFETCH(bool, exam);
        QFETCH(QString, firstLine);
        packformat::Quiz quiz;
        quiz.mode = exam ? packformat::QuizMode::Exam : packformat::QuizMode::Immediate;
        quiz.questions.resize(questions);
        QuizOverview overview;
        overview.setQuiz(QStringLiteral("Check"), quiz);
        QCOMPARE(overview.titleLabel()->text(), QStringLiteral("Check"));
        QCOMPARE(overview.detailsLabel()->text().section(QLatin1Char('\n'), 0, 0), firstLine);
        QCOMPARE(overview.detailsLabel()->text().contains(QStringLiteral("Exam")), exam);
    }

    void startButtonFollowsTheHistory_data()
    {
        QTest::addColumn<bool>("anyAttempt");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("text");
        QTest::newRow("first time") << false << false << "&Start the quiz";
        QTest::newRow("open attempt") << true << true << "&Continue the quiz";
        QTest::newRow("finished before") << true << false << "&Try again";
    }

    void startButtonFollowsTheHistory()
    {
        QFETCH(bool, anyAttempt);
        QFETCH(bool, open);
        QFETCH(QString, text);
        QuizOverview overview;
        QList<AttemptRecord> list;
        if (anyAttempt)
            list << attempt(open ? AttemptStatus::Open : AttemptStatus::Finished, 50, false, false);
        overview.setAttempts(list, std::nullopt, open);
        QCOMPARE(overview.startButton()->text(), text);
        QVERIFY(!overview.startButton()->accessibleName().contains(QLatin1Char('&')));
        QCOMPARE(overview.history()->isVisibleTo(&overview), anyAttempt);
        QSignalSpy start(&overview, &QuizOverview::startRequested);
        QTest::keyClick(overview.startButton(), Qt::Key_Space);
        QCOMPARE(start.size(), 1);
    }

    void historyRowsAndReview()
    {
        QuizOverview overview;
        const QList<AttemptRecord> list{attempt(AttemptStatus::Finished, 80, true, false),
                                        attempt(AttemptStatus::Abandoned, 0, false, false),
                                        attempt(AttemptStatus::Finished, 40, false, true)};
        overview.setAttempts(list, list[0], false);
        QCOMPARE(overview.bestLabel()->text(), QStringLiteral("Your best score: 80 % (passed)"));
        QTreeWidget *history = overview.history();
        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("80 %"));
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("✓ Passed"));
        QCOMPARE(history->topLevelItem(1)->text(2), QStringLiteral("Abandoned"));
        QCOMPARE(history->topLevelItem(2)->text(2), QStringLiteral("✗ Not passed"));
        QCOMPARE(history->topLevelItem(2)->text(3),
                 QStringLiteral("Made on an older version of this quiz"));
        QVERIFY(!history->accessibleName().isEmpty());

        QSignalSpy review(&overview, &QuizOverview::reviewRequested);
        history->setCurrentItem(history->topLevelItem(2));
        QTest::keyClick(history, Qt::Key_Return);
        QTest::mouseClick(overview.reviewButton(), Qt::LeftButton);
        QCOMPARE(review.size(), 2);
        QCOMPARE(review[0][0].toUuid(), list[2].id);
    }

    void noBestYet()
    {
        QuizOverview overview;
        overview.setAttempts({}, std::nullopt, false);
        QCOMPARE(overview.bestLabel()->text(),
                 QStringLiteral("You have not finished this quiz yet."));
    }
};

QTEST_MAIN(TestQuizOverview)
#include "tst_quizoverview.moc"
