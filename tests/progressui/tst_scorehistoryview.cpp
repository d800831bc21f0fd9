#include "oht/progressui/scorehistoryview.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>
#include <QTreeWidget>

using namespace oht::progressui;
using oht::progress::ScorePoint;

namespace {

ScorePoint point(const QString &item, const QString &title, int day, double percent, bool passed,
                 bool older = false)
{
    ScorePoint p;
    p.attemptId = QUuid::createUuid();
    p.itemId = item;
    p.itemTitle = title;
    p.finishedAt = QDateTime(QDate(2026, 3, day), QTime(12, 0), Qt::UTC);
    p.percent = percent;
    p.passed = passed;
    p.olderVersion = older;
    return p;
}

} // namespace

class TestScoreHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void empty()
    {
        ScoreHistoryView view;
        view.setPoints({});
        QVERIFY(!view.isChartShown());
        QCOMPARE(view.seriesCount(), 0);
        QVERIFY(view.table()->isHidden());
        QCOMPARE(view.summary(), QString());
    }

    void oneLinePerQuizAndATableOfAttempts()
    {
        ScoreHistoryView view;
        view.setPoints({point(QStringLiteral("q1"), QStringLiteral("Safety quiz"), 2, 40, false),
                        point(QStringLiteral("q2"), QStringLiteral("Devices quiz"), 3, 100, true),
                        point(QStringLiteral("q1"), QStringLiteral("Safety quiz"), 5, 80, true)});
        QVERIFY(view.isChartShown());
        QCOMPARE(view.seriesCount(), 2);
        auto *safety = qobject_cast<QLineSeries *>(view.chartView()->chart()->series().first());
        QVERIFY(safety);
        QCOMPARE(safety->name(), QStringLiteral("Safety quiz"));
        QCOMPARE(safety->count(), 2);
        QCOMPARE(safety->at(1).y(), 80.0);
        QVERIFY(safety->pointsVisible()); // a single attempt still shows

        // The table is the chart's text alternative, newest first.
        QTreeWidget *table = view.table();
        QCOMPARE(table->topLevelItemCount(), 3);
        QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("Safety quiz"));
        QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("80 %"));
        QCOMPARE(table->topLevelItem(0)->text(3), QStringLiteral("Passed"));
        QCOMPARE(table->topLevelItem(2)->text(3), QStringLiteral("Not passed"));
        QVERIFY(!table->accessibleName().isEmpty());
        QVERIFY(!view.chartView()->accessibleName().isEmpty());
        QCOMPARE(view.summary(), QStringLiteral("3 finished attempts, 2 passed, at 2 quizzes. "
                                                "Best score: 100 % (Devices quiz)."));
    }

    void manyQuizzesBecomeOneLineOfDailyAverages()
    {
        QList<ScorePoint> points;
        for (int i = 0; i < ScoreHistoryView::kMaxLines + 1; ++i)
            points << point(QStringLiteral("q%1").arg(i), QStringLiteral("Quiz %1").arg(i),
                            2 + i % 5, 10.0 * i, i > 5);
        ScoreHistoryView view;
        view.setPoints(points);
        QCOMPARE(view.seriesCount(), 1);
        auto *all = qobject_cast<QLineSeries *>(view.chartView()->chart()->series().first());
        QVERIFY(all);
        QCOMPARE(all->name(), QStringLiteral("Average score per day, all 9 quizzes"));
        // Attempts on 2..6 March: day 2 has quizzes 0 and 5 (0 % and 50 %).
        QCOMPARE(all->count(), 5);
        QCOMPARE(all->at(0).y(), 25.0);
        QCOMPARE(all->at(1).y(), (10.0 + 60.0) / 2);
        QCOMPARE(view.table()->topLevelItemCount(), ScoreHistoryView::kMaxLines + 1);

        // Up to the limit, a line each.
        points.removeLast();
        view.setPoints(points);
        QCOMPARE(view.seriesCount(), ScoreHistoryView::kMaxLines);
    }

    void removedAndOlderQuizzesAreNamed_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("older");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("result");
        QTest::newRow("current") << QStringLiteral("Quiz") << false << QStringLiteral("Quiz")
                                 << QStringLiteral("Passed");
        QTest::newRow("older version") << QStringLiteral("Quiz") << true << QStringLiteral("Quiz")
                                       << QStringLiteral("Passed (older version of the quiz)");
        QTest::newRow("removed by an update")
            << QString() << true << QStringLiteral("Removed quiz (q9)")
            << QStringLiteral("Passed (older version of the quiz)");
    }
    void removedAndOlderQuizzesAreNamed()
    {
        QFETCH(QString, title);
        QFETCH(bool, older);
        QFETCH(QString, name);
        QFETCH(QString, result);
        ScoreHistoryView view;
        view.setPoints({point(QStringLiteral("q9"), title, 2, 90, true, older)});
        QCOMPARE(view.table()->topLevelItem(0)->text(1), name);
        QCOMPARE(view.table()->topLevelItem(0)->text(3), result);
        auto *line = qobject_cast<QLineSeries *>(view.chartView()->chart()->series().first());
        QCOMPARE(line->name(), name);
    }
};

QTEST_MAIN(TestScoreHistoryView)
#include "tst_scorehistoryview.moc"
