#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"
#include "oht/storage/sqlitedatabase.h"
#include "progressfixture.h"

#include <QTest>
#include <limits>

using namespace oht;
using namespace oht::progress;

namespace {
const QString kPack = QStringLiteral("org.example.course");
}

class TestEventRecorder : public QObject
{
    Q_OBJECT

private slots:
    void eventsPersistAcrossReopen()
    {
        test::ProgressFixture f;
        test::FakeClock clock;
        const QDateTime firstOpen = clock.now();
        qint64 id = 0;
        {
            auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
            QVERIFY(p.ok());
            id = p->id;
            EventRecorder rec(*f.db, clock.clock());
            QVERIFY(rec.recordOpened(id, kPack, QStringLiteral("l1")).ok());
            clock.advance(60);
            QVERIFY(rec.recordPosition(id, kPack, QStringLiteral("l1"), 0.25).ok());
            QVERIFY(rec.recordPosition(id, kPack, QStringLiteral("l1"), 0.75).ok());
            QVERIFY(rec.addActiveTime(id, kPack, QStringLiteral("l1"), 40).ok());
            QVERIFY(rec.addActiveTime(id, kPack, QStringLiteral("l1"), 25).ok());
            clock.advance(60);
            QVERIFY(rec.markCompleted(id, kPack, QStringLiteral("l1"), CompletionSource::ReachedEnd)
                        .ok());
            clock.advance(60);
            QVERIFY(rec.recordOpened(id, kPack, QStringLiteral("l1")).ok());
        }
        QVERIFY(f.reopen());
        EventRecorder rec(*f.db, clock.clock());
        auto state = rec.itemState(id, kPack, QStringLiteral("l1"));
        QVERIFY(state.ok() && state->has_value());
        const ItemState &s = **state;
        QCOMPARE(s.firstOpenedAt, firstOpen);
        QCOMPARE(s.lastOpenedAt, firstOpen.addSecs(180));
        QCOMPARE(s.openCount, 2);
        QCOMPARE(s.position.value(), 0.75);
        QCOMPARE(s.activeSeconds, qint64(65));
        QVERIFY(s.isCompleted());
        QCOMPARE(s.completedAt, firstOpen.addSecs(120));
        QCOMPARE(s.completedBy, CompletionSource::ReachedEnd);
        QVERIFY(!rec.itemState(id, kPack, QStringLiteral("l2"))->has_value());
    }

    void firstCompletionStands()
    {
        test::ProgressFixture f;
        test::FakeClock clock;
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db, clock.clock());
        QVERIFY(rec.markCompleted(p->id, kPack, QStringLiteral("l1")).ok());
        const QDateTime first = clock.now();
        clock.advance(3600);
        QVERIFY(rec.markCompleted(p->id, kPack, QStringLiteral("l1"), CompletionSource::ReachedEnd)
                    .ok());
        auto s = rec.itemState(p->id, kPack, QStringLiteral("l1"))->value();
        QCOMPARE(s.completedAt, first);
        QCOMPARE(s.completedBy, CompletionSource::Explicit);
        QCOMPARE(f.db->sql()
                     .scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'completed'"))
                     ->toInt(),
                 1);
    }

    void clearCompletedUndoesOnlyThatItem()
    {
        test::ProgressFixture f;
        test::FakeClock clock;
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        auto ben = ProfileStore(*f.db).create(QStringLiteral("Ben"));
        EventRecorder rec(*f.db, clock.clock());
        QVERIFY(rec.recordPosition(p->id, kPack, QStringLiteral("l1"), 0.5).ok());
        QVERIFY(rec.markCompleted(p->id, kPack, QStringLiteral("l1")).ok());
        QVERIFY(rec.markCompleted(p->id, kPack, QStringLiteral("l2")).ok());
        QVERIFY(rec.markCompleted(ben->id, kPack, QStringLiteral("l1")).ok());
        QVERIFY(rec.clearCompleted(p->id, kPack, QStringLiteral("l1")).ok());
        auto s = rec.itemState(p->id, kPack, QStringLiteral("l1"))->value();
        QVERIFY(!s.isCompleted());
        QCOMPARE(s.position, std::optional<double>(0.5)); // the rest of the state stays
        QVERIFY(rec.itemState(p->id, kPack, QStringLiteral("l2"))->value().isCompleted());
        QVERIFY(rec.itemState(ben->id, kPack, QStringLiteral("l1"))->value().isCompleted());
        // Never completed, or not even touched: nothing to undo, no error.
        QVERIFY(rec.clearCompleted(p->id, kPack, QStringLiteral("l1")).ok());
        QVERIFY(rec.clearCompleted(p->id, kPack, QStringLiteral("l9")).ok());
        QVERIFY(!rec.itemState(p->id, kPack, QStringLiteral("l9"))->has_value());
        // Completing again counts from now.
        clock.advance(60);
        QVERIFY(rec.markCompleted(p->id, kPack, QStringLiteral("l1")).ok());
        QCOMPARE(rec.itemState(p->id, kPack, QStringLiteral("l1"))->value().completedAt,
                 clock.now());
        QVERIFY(!rec.clearCompleted(p->id, QStringLiteral("not a pack id!"), QStringLiteral("l1"))
                     .ok());
    }

    void badPositions_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("negative") << -0.01;
        QTest::newRow("above one") << 1.01;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    }

    void badPositions()
    {
        QFETCH(double, fraction);
        test::ProgressFixture f;
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db);
        auto r = rec.recordPosition(p->id, kPack, QStringLiteral("l1"), fraction);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("progress.bad-position"));
        QVERIFY(!rec.itemState(p->id, kPack, QStringLiteral("l1"))->has_value());
    }

    void positionBounds()
    {
        test::ProgressFixture f;
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db);
        QVERIFY(rec.recordPosition(p->id, kPack, QStringLiteral("l1"), 0.0).ok());
        QVERIFY(rec.recordPosition(p->id, kPack, QStringLiteral("l1"), 1.0).ok());
        QCOMPARE(rec.itemState(p->id, kPack, QStringLiteral("l1"))->value().position.value(), 1.0);
    }

    void badActiveTime_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("negative") << qint64(-1);
        QTest::newRow("more than a day") << qint64(24 * 3600 + 1);
    }

    void badActiveTime()
    {
        QFETCH(qint64, seconds);
        test::ProgressFixture f;
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db);
        auto r = rec.addActiveTime(p->id, kPack, QStringLiteral("l1"), seconds);
        QCOMPARE(r.error().code, QStringLiteral("progress.bad-duration"));
    }

    void zeroActiveTimeIsNothing()
    {
        test::ProgressFixture f;
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db);
        QVERIFY(rec.addActiveTime(p->id, kPack, QStringLiteral("l1"), 0).ok());
        QCOMPARE(f.db->sql().scalar(QStringLiteral("SELECT count(*) FROM events"))->toInt(), 0);
    }

    void badIds_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("itemId");
        QTest::newRow("empty pack") << ""
                                    << "l1";
        QTest::newRow("upper-case pack") << "Org.Example"
                                         << "l1";
        QTest::newRow("empty item") << kPack << "";
        QTest::newRow("item with slash") << kPack << "a/b";
        QTest::newRow("item too long") << kPack << QString(65, QLatin1Char('x'));
    }

    void badIds()
    {
        QFETCH(QString, packId);
        QFETCH(QString, itemId);
        test::ProgressFixture f;
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db);
        QCOMPARE(rec.recordOpened(p->id, packId, itemId).error().code,
                 QStringLiteral("progress.bad-id"));
        QCOMPARE(rec.markCompleted(p->id, packId, itemId).error().code,
                 QStringLiteral("progress.bad-id"));
    }

    void unknownProfile()
    {
        test::ProgressFixture f;
        EventRecorder rec(*f.db);
        for (auto r : {rec.recordOpened(5, kPack, QStringLiteral("l1")),
                       rec.recordPosition(5, kPack, QStringLiteral("l1"), 0.5),
                       rec.markCompleted(5, kPack, QStringLiteral("l1")),
                       rec.addActiveTime(5, kPack, QStringLiteral("l1"), 5)})
            QCOMPARE(r.error().code, QStringLiteral("progress.unknown-profile"));
    }

    void continueWhereYouLeftOff()
    {
        test::ProgressFixture f;
        test::FakeClock clock;
        ProfileStore profiles(*f.db);
        auto ana = profiles.create(QStringLiteral("Ana"));
        auto ben = profiles.create(QStringLiteral("Ben"));
        EventRecorder rec(*f.db, clock.clock());
        QVERIFY(!rec.lastOpened(ana->id)->has_value());
        QVERIFY(rec.recordOpened(ana->id, kPack, QStringLiteral("l1")).ok());
        clock.advance(10);
        QVERIFY(rec.recordOpened(ana->id, QStringLiteral("org.example.other"), QStringLiteral("x"))
                    .ok());
        clock.advance(10);
        QVERIFY(rec.recordOpened(ben->id, kPack, QStringLiteral("l3")).ok());
        clock.advance(10);
        // A position report is not an opening.
        QVERIFY(rec.recordPosition(ana->id, kPack, QStringLiteral("l2"), 0.5).ok());

        QCOMPARE(rec.lastOpened(ana->id)->value().itemId, QStringLiteral("x"));
        QCOMPARE(rec.lastOpened(ana->id, kPack)->value().itemId, QStringLiteral("l1"));
        QCOMPARE(rec.lastOpened(ben->id)->value().itemId, QStringLiteral("l3"));
        QCOMPARE(rec.itemStates(ana->id, kPack)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEventRecorder)
#include "tst_eventrecorder.moc"
