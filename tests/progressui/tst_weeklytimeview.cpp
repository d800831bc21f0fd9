#include "oht/progressui/weeklytimeview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTest>

using namespace oht::progressui;
using oht::progress::WeekTime;

namespace {

WeekTime week(const QDate &monday, qint64 seconds)
{
    WeekTime w = oht::progress::ActivityStats::weekOf(monday);
    w.seconds = seconds;
    return w;
}

const QDate kToday(2026, 3, 4); // a Wednesday; its week starts on 2 March

} // namespace

class TestWeeklyTimeView : public QObject
{
    Q_OBJECT

private slots:
    void durationText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("no time");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("no time");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("less than a minute");
        QTest::newRow("one minute") << qint64(60) << QStringLiteral("1 min");
        QTest::newRow("minutes") << qint64(25 * 60 + 30) << QStringLiteral("25 min");
        QTest::newRow("one hour") << qint64(3600) << QStringLiteral("1 h");
        QTest::newRow("hours and minutes")
            << qint64(3 * 3600 + 5 * 60) << QStringLiteral("3 h 5 min");
    }
    void durationText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(WeeklyTimeView::durationText(seconds), text);
    }

    void lastWeeksFillsGapsAndEndsThisWeek()
    {
        const QList<WeekTime> stored = {week(QDate(2025, 11, 3), 999), // too old: not shown
                                        week(QDate(2026, 2, 16), 600),
                                        week(QDate(2026, 3, 2), 1200)};
        const auto shown = WeeklyTimeView::lastWeeks(stored, kToday);
        QCOMPARE(shown.size(), WeeklyTimeView::kWeeks);
        QCOMPARE(shown.last().monday, QDate(2026, 3, 2));
        QCOMPARE(shown.first().monday, QDate(2026, 3, 2).addDays(-7 * 11));
        QCOMPARE(shown.last().seconds, 1200);
        QCOMPARE(shown[shown.size() - 3].seconds, 600);
        qint64 total = 0;
        for (const WeekTime &w : shown)
            total += w.seconds;
        QCOMPARE(total, 1800);
    }

    void emptyRecordShowsAMessageNotAnEmptyChart()
    {
        WeeklyTimeView view;
        view.setWeeks({}, kToday);
        QVERIFY(!view.isChartShown());
        QCOMPARE(view.summary(), QStringLiteral("No study time in the last 12 weeks."));
        // One sentence, not two: "none yet" for a new learner...
        auto *summary = view.findChild<QLabel *>(QStringLiteral("weeklyTimeSummary"));
        auto *empty = view.findChild<QLabel *>(QStringLiteral("weeklyTimeEmpty"));
        QVERIFY(summary->isHidden());
        QVERIFY(!empty->isHidden());
        // ...and the summary when only older weeks had time.
        view.setWeeks({week(QDate(2025, 6, 2), 600)}, kToday);
        QVERIFY(!view.isChartShown());
        QVERIFY(!summary->isHidden());
        QVERIFY(empty->isHidden());
    }

    void chartHasOneBarPerWeekAndATextAlternative()
    {
        WeeklyTimeView view;
        view.setWeeks({week(QDate(2026, 2, 16), 600), week(QDate(2026, 3, 2), 1500)}, kToday);
        QVERIFY(view.isChartShown());
        QChart *chart = view.chartView()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QBarSet *set = bars->barSets().first();
        QCOMPARE(set->count(), WeeklyTimeView::kWeeks);
        QCOMPARE(set->at(WeeklyTimeView::kWeeks - 1), 25.0); // minutes below two hours
        QCOMPARE(set->label(), QStringLiteral("Minutes"));
        QVERIFY(!view.chartView()->accessibleName().isEmpty());
        QVERIFY(view.chartView()->accessibleDescription().contains(QStringLiteral("25 min")));
        QCOMPARE(view.summary(),
                 QStringLiteral("This week: 25 min. Last 12 weeks: 35 min in total, study in 2 of "
                                "them. Most in the week of %1 (25 min).")
                     .arg(QLocale().toString(QDate(2026, 3, 2), QLocale::LongFormat)));
    }

    void longWeeksAreShownInHours()
    {
        WeeklyTimeView view;
        view.setWeeks({week(QDate(2026, 3, 2), 5 * 3600)}, kToday);
        auto *bars = qobject_cast<QBarSeries *>(view.chartView()->chart()->series().first());
        QCOMPARE(bars->barSets().first()->label(), QStringLiteral("Hours"));
        QCOMPARE(bars->barSets().first()->at(WeeklyTimeView::kWeeks - 1), 5.0);
    }
};

QTEST_MAIN(TestWeeklyTimeView)
#include "tst_weeklytimeview.moc"
