#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/ui/activetimetracker.h"
#include "progressfixture.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace oht;
using oht::ui::ActiveTimeTracker;

namespace {

const QString kPack = QStringLiteral("org.example.course");

/// A learner, a recorder and a tracker on a fake clock.
struct TrackerFixture
{
    TrackerFixture()
    {
        auto ana = progress::ProfileStore(*f.db).create(QStringLiteral("Ana"));
        progress::Profile profile = ana.value();
        session.setProfile(profile);
    }
    qint64 seconds(const QString &itemId) const
    {
        const auto state = events.itemState(session.profileId(), kPack, itemId);
        return state && *state ? (*state)->activeSeconds : 0;
    }

    test::ProgressFixture f;
    test::FakeClock clock;
    progress::EventRecorder events{*f.db, clock.clock()};
    progress::LearnerSession session;
    ActiveTimeTracker tracker{events, session, clock.clock()};
};

} // namespace

// Active time with an injected clock: only while the window is active and the learner gave
// input in the last two minutes; written on flush, the remainder kept.
class TestActiveTimeTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countsWhileActive()
    {
        TrackerFixture t;
        t.tracker.setActive(true);
        t.tracker.setItem(kPack, QStringLiteral("l1"));
        t.clock.advance(50);
        t.tracker.noteInput();
        t.clock.advance(10);
        QCOMPARE(t.tracker.pendingMs(), 50'000); // the last 10 s are counted at the flush
        t.tracker.flush();
        QCOMPARE(t.seconds(QStringLiteral("l1")), 60);
        QCOMPARE(t.tracker.pendingMs(), 0);
    }

    void idleGap_data()
    {
        QTest::addColumn<int>("gapSeconds");
        QTest::addColumn<int>("expected");
        QTest::newRow("short pause") << 30 << 30;
        QTest::newRow("just under the limit") << 119 << 119;
        QTest::newRow("at the limit") << 120 << 120;
        QTest::newRow("lunch break") << 3600 << 120;
        QTest::newRow("overnight") << 12 * 3600 << 120;
    }

    void idleGap()
    {
        QFETCH(int, gapSeconds);
        QFETCH(int, expected);
        TrackerFixture t;
        t.tracker.setActive(true);
        t.tracker.setItem(kPack, QStringLiteral("l1"));
        t.clock.advance(gapSeconds); // no input at all meanwhile
        t.tracker.noteInput();
        t.tracker.flush();
        QCOMPARE(t.seconds(QStringLiteral("l1")), expected);
    }

    void inactiveWindowDoesNotCount()
    {
        TrackerFixture t;
        t.tracker.setItem(kPack, QStringLiteral("l1"));
        t.tracker.setActive(true);
        t.clock.advance(20);
        t.tracker.setActive(false); // another app in front
        t.clock.advance(40);
        t.tracker.noteInput(); // e.g. a mouse passing over the window
        t.clock.advance(40);
        t.tracker.setActive(true);
        t.clock.advance(5);
        t.tracker.flush();
        QCOMPARE(t.seconds(QStringLiteral("l1")), 25);
    }

    void noItemNoTime()
    {
        TrackerFixture t;
        t.tracker.setActive(true);
        t.tracker.setItem(kPack, {}); // the course information, or the library
        t.clock.advance(60);
        t.tracker.noteInput();
        t.tracker.flush();
        QCOMPARE(t.tracker.pendingMs(), 0);
        const auto states = t.events.itemStates(t.session.profileId(), kPack);
        QVERIFY(states.ok());
        QVERIFY(states->isEmpty());
    }

    void timeGoesToTheItemOnScreen()
    {
        TrackerFixture t;
        t.tracker.setActive(true);
        t.tracker.setItem(kPack, QStringLiteral("l1"));
        t.clock.advance(30);
        t.tracker.setItem(kPack, QStringLiteral("l2")); // flushes l1
        QCOMPARE(t.seconds(QStringLiteral("l1")), 30);
        t.clock.advance(45);
        t.tracker.flush();
        QCOMPARE(t.seconds(QStringLiteral("l2")), 45);
        QCOMPARE(t.seconds(QStringLiteral("l1")), 30);
    }

    void fractionsAddUp()
    {
        TrackerFixture t;
        t.tracker.setActive(true);
        t.tracker.setItem(kPack, QStringLiteral("l1"));
        for (int i = 0; i < 4; ++i) {
            t.clock.set(t.clock.now().addMSecs(1500));
            t.tracker.flush();
        }
        // 6 s in four reports of 1.5 s: nothing lost to rounding.
        QCOMPARE(t.seconds(QStringLiteral("l1")), 6);
        QCOMPARE(t.tracker.pendingMs(), 0);
    }

    void timerFlushes()
    {
        TrackerFixture t;
        QCOMPARE(ActiveTimeTracker::kFlushIntervalMs, 30'000);
        t.tracker.setActive(true);
        t.tracker.setItem(kPack, QStringLiteral("l1"));
        t.clock.advance(12);
        // The periodic flush is the timer's timeout: trigger it rather than wait 30 s.
        QTimer *timer = t.tracker.findChild<QTimer *>();
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), ActiveTimeTracker::kFlushIntervalMs);
        QVERIFY(QMetaObject::invokeMethod(timer, "timeout", Qt::DirectConnection));
        QCOMPARE(t.seconds(QStringLiteral("l1")), 12);
    }

    void timeIsTheCurrentLearners()
    {
        TrackerFixture t;
        auto ben = progress::ProfileStore(*t.f.db).create(QStringLiteral("Ben"));
        QVERIFY(ben.ok());
        const qint64 ana = t.session.profileId();
        t.tracker.setActive(true);
        t.tracker.setItem(kPack, QStringLiteral("l1"));
        t.clock.advance(10);
        t.tracker.flush(); // what the app does before switching
        t.session.setProfile(*ben);
        t.clock.advance(7);
        t.tracker.flush();
        QCOMPARE(t.events.itemState(ana, kPack, QStringLiteral("l1"))->value().activeSeconds, 10);
        QCOMPARE(t.events.itemState(ben->id, kPack, QStringLiteral("l1"))->value().activeSeconds,
                 7);
    }
};

QTEST_MAIN(TestActiveTimeTracker)
#include "tst_activetimetracker.moc"
