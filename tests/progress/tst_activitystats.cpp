#include "oht/progress/activitystats.h"
#include "oht/progress/attemptstore.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"
#include "progressfixture.h"

#include <QTest>

using namespace oht;
using namespace oht::progress;

namespace {

const QString kPack = QStringLiteral("org.example.course");

QList<QDate> dates(const QStringList &iso)
{
    QList<QDate> list;
    for (const QString &d : iso)
        list << QDate::fromString(d, Qt::ISODate);
    return list;
}

} // namespace

class TestActivityStats : public QObject
{
    Q_OBJECT

private slots:
    void streak_data()
    {
        QTest::addColumn<QStringList>("days");
        QTest::addColumn<QString>("today");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("longest");
        QTest::addColumn<bool>("activeToday");
        QTest::newRow("nothing") << QStringList() << "2026-03-10" << 0 << 0 << false;
        QTest::newRow("today only") << QStringList{"2026-03-10"} << "2026-03-10" << 1 << 1 << true;
        QTest::newRow("three to today") << QStringList{"2026-03-08", "2026-03-09", "2026-03-10"}
                                        << "2026-03-10" << 3 << 3 << true;
        QTest::newRow("up to yesterday still counts")
            << QStringList{"2026-03-08", "2026-03-09"} << "2026-03-10" << 2 << 2 << false;
        QTest::newRow("broken two days ago")
            << QStringList{"2026-03-07", "2026-03-08"} << "2026-03-10" << 0 << 2 << false;
        QTest::newRow("gap then today") << QStringList{"2026-03-01", "2026-03-02", "2026-03-03",
                                                       "2026-03-04", "2026-03-09", "2026-03-10"}
                                        << "2026-03-10" << 2 << 4 << true;
        QTest::newRow("unsorted with duplicates")
            << QStringList{"2026-03-10", "2026-03-09", "2026-03-10", "2026-03-09"} << "2026-03-10"
            << 2 << 2 << true;
        QTest::newRow("across a month end") << QStringList{"2026-02-27", "2026-02-28", "2026-03-01"}
                                            << "2026-03-01" << 3 << 3 << true;
        QTest::newRow("across a year end")
            << QStringList{"2025-12-31", "2026-01-01"} << "2026-01-01" << 2 << 2 << true;
        QTest::newRow("leap day") << QStringList{"2028-02-28", "2028-02-29", "2028-03-01"}
                                  << "2028-03-01" << 3 << 3 << true;
        QTest::newRow("future days ignored")
            << QStringList{"2026-03-10", "2026-03-11", "2026-03-12"} << "2026-03-10" << 1 << 1
            << true;
    }

    void streak()
    {
        QFETCH(QStringList, days);
        QFETCH(QString, today);
        QFETCH(int, current);
        QFETCH(int, longest);
        QFETCH(bool, activeToday);
        const StudyStreak s =
            ActivityStats::streakFromDays(dates(days), QDate::fromString(today, Qt::ISODate));
        QCOMPARE(s.current, current);
        QCOMPARE(s.longest, longest);
        QCOMPARE(s.activeToday, activeToday);
    }

    void isoWeek_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("week");
        QTest::addColumn<QString>("monday");
        QTest::newRow("monday") << "2026-03-02" << 2026 << 10 << "2026-03-02";
        QTest::newRow("sunday") << "2026-03-08" << 2026 << 10 << "2026-03-02";
        QTest::newRow("1 Jan 2027 is in 2026-W53") << "2027-01-01" << 2026 << 53 << "2026-12-28";
        QTest::newRow("29 Dec 2025 is in 2026-W01") << "2025-12-29" << 2026 << 1 << "2025-12-29";
        QTest::newRow("4 Jan is always week 1") << "2026-01-04" << 2026 << 1 << "2025-12-29";
    }

    void isoWeek()
    {
        QFETCH(QString, day);
        QFETCH(int, year);
        QFETCH(int, week);
        QFETCH(QString, monday);
        const WeekTime w = ActivityStats::weekOf(QDate::fromString(day, Qt::ISODate));
        QCOMPARE(w.isoYear, year);
        QCOMPARE(w.isoWeek, week);
        QCOMPARE(w.monday, QDate::fromString(monday, Qt::ISODate));
    }

    void weeklyTimeInLocalTime()
    {
        test::ProgressFixture f;
        test::FakeClock clock;
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db, clock.clock());
        // Sunday 8 March 2026, 23:30 UTC is already Monday 9 March in UTC+01:00.
        clock.set(QDateTime(QDate(2026, 3, 8), QTime(23, 30), Qt::UTC));
        QVERIFY(rec.addActiveTime(ana->id, kPack, QStringLiteral("l1"), 600).ok());
        clock.set(QDateTime(QDate(2026, 3, 8), QTime(10, 0), Qt::UTC));
        QVERIFY(rec.addActiveTime(ana->id, kPack, QStringLiteral("l1"), 300).ok());
        QVERIFY(
            rec.addActiveTime(ana->id, QStringLiteral("org.example.other"), QStringLiteral("x"), 50)
                .ok());
        clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        QVERIFY(rec.addActiveTime(ana->id, kPack, QStringLiteral("l2"), 120).ok());
        QVERIFY(rec.recordOpened(ana->id, kPack, QStringLiteral("l2")).ok()); // no time

        auto utc = ActivityStats(*f.db, QTimeZone::utc()).weeklyTime(ana->id, kPack);
        QVERIFY(utc.ok());
        QCOMPARE(utc->size(), 1);
        QCOMPARE(utc->at(0).isoWeek, 10);
        QCOMPARE(utc->at(0).seconds, qint64(1020));

        auto plusOne = ActivityStats(*f.db, QTimeZone(3600)).weeklyTime(ana->id, kPack);
        QCOMPARE(plusOne->size(), 2);
        QCOMPARE(plusOne->at(0).isoWeek, 10);
        QCOMPARE(plusOne->at(0).seconds, qint64(420));
        QCOMPARE(plusOne->at(1).isoWeek, 11);
        QCOMPARE(plusOne->at(1).monday, QDate(2026, 3, 9));
        QCOMPARE(plusOne->at(1).seconds, qint64(600));

        auto everyPack = ActivityStats(*f.db, QTimeZone::utc()).weeklyTime(ana->id);
        QCOMPARE(everyPack->at(0).seconds, qint64(1070));

        // Nepal is UTC+05:45: 18:20 UTC on 2 March is 00:05 on 3 March there.
        clock.set(QDateTime(QDate(2026, 3, 2), QTime(18, 20), Qt::UTC));
        QVERIFY(rec.recordOpened(ana->id, kPack, QStringLiteral("l3")).ok());
        auto days = ActivityStats(*f.db, QTimeZone(5 * 3600 + 45 * 60)).activeDays(ana->id);
        QVERIFY(days->contains(QDate(2026, 3, 3)));
    }

    void streakFromTheRecord()
    {
        test::ProgressFixture f;
        QVERIFY(f.install(test::ProgressFixture::course()));
        test::FakeClock clock;
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db, clock.clock());
        AttemptStore attempts(*f.db, *f.library, clock.clock());
        const auto quiz =
            test::ProgressFixture::parseQuiz(test::ProgressFixture::fiveQuestionQuiz());
        clock.set(QDateTime(QDate(2026, 3, 7), QTime(12, 0), Qt::UTC));
        QVERIFY(rec.recordOpened(ana->id, kPack, QStringLiteral("l1")).ok());
        clock.set(QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC));
        auto a = attempts.start(ana->id, kPack, QStringLiteral("q"), quiz, 1);
        QVERIFY(a.ok());
        clock.set(QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC));
        quiz::Response r;
        r.choices = {QStringLiteral("a")};
        QVERIFY(attempts.answer(ana->id, a->id, quiz.questions[0], r).ok());
        clock.set(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
        QVERIFY(attempts.finish(ana->id, a->id, quiz).ok());
        // A reading position alone is not activity.
        clock.set(QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC));
        QVERIFY(rec.recordPosition(ana->id, kPack, QStringLiteral("l1"), 0.5).ok());

        ActivityStats stats(*f.db, QTimeZone::utc());
        auto s = stats.streak(ana->id, QDate(2026, 3, 11));
        QVERIFY(s.ok());
        QCOMPARE(s->current, 4);
        QCOMPARE(s->longest, 4);
        QVERIFY(!s->activeToday);
        QCOMPARE(s->lastActiveDay, QDate(2026, 3, 10));
        QCOMPARE(stats.streak(ana->id, QDate(2026, 3, 12))->current, 0);
        auto ben = ProfileStore(*f.db).create(QStringLiteral("Ben"));
        QCOMPARE(stats.streak(ben->id, QDate(2026, 3, 11))->longest, 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityStats)
#include "tst_activitystats.moc"
