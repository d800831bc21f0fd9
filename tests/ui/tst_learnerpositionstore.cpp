#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/ui/learnerpositionstore.h"
#include "oht/ui/uisettings.h"
#include "progressfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht;
using oht::ui::LearnerPositionStore;

namespace {
const QString kPack = QStringLiteral("org.example.course");
}

// Reading positions per learner in the progress record, with the positions earlier versions
// kept in settings.ini still found by the learner they belonged to.
class TestLearnerPositionStore : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
        {
            services =
                std::move(progress::ProgressServices::open(f.dir.path(), *f.library).value());
            ana = services->startupProfile().value(); // the first run's learner
            (void)services->activate(ana);
            ben = services->profiles().create(QStringLiteral("Ben")).value();
        }
        test::ProgressFixture f;
        std::unique_ptr<progress::ProgressServices> services;
        progress::Profile ana;
        progress::Profile ben;
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void positionsArePerLearner()
    {
        Fixture fx;
        LearnerPositionStore store(*fx.services);
        QCOMPARE(store.position(kPack, QStringLiteral("l1")), 0.0);
        store.setPosition(kPack, QStringLiteral("l1"), 0.4);
        QCOMPARE(store.position(kPack, QStringLiteral("l1")), 0.4);
        QCOMPARE(fx.services->events()
                     .itemState(fx.ana.id, kPack, QStringLiteral("l1"))
                     ->value()
                     .position,
                 std::optional<double>(0.4));
        QVERIFY(fx.services->activate(fx.ben).ok());
        QCOMPARE(store.position(kPack, QStringLiteral("l1")), 0.0);
        store.setPosition(kPack, QStringLiteral("l1"), 0.9);
        QVERIFY(fx.services->activate(fx.ana).ok());
        QCOMPARE(store.position(kPack, QStringLiteral("l1")), 0.4);
    }

    void outOfRangeIsClamped_data()
    {
        QTest::addColumn<double>("given");
        QTest::addColumn<double>("kept");
        QTest::newRow("below") << -0.5 << 0.0;
        QTest::newRow("above") << 1.7 << 1.0;
        QTest::newRow("inside") << 0.25 << 0.25;
    }

    void outOfRangeIsClamped()
    {
        QFETCH(double, given);
        QFETCH(double, kept);
        Fixture fx;
        LearnerPositionStore store(*fx.services);
        store.setPosition(kPack, QStringLiteral("l1"), given);
        QCOMPARE(store.position(kPack, QStringLiteral("l1")), kept);
    }

    void legacyPositionsOnlyForTheFirstLearner()
    {
        Fixture fx;
        ui::UiSettings legacy(fx.f.dir.path());
        legacy.setPosition(kPack, QStringLiteral("l2"), 0.6);
        LearnerPositionStore store(*fx.services, &legacy);
        QCOMPARE(store.position(kPack, QStringLiteral("l2")), 0.6);
        store.setPosition(kPack, QStringLiteral("l2"), 0.1); // read again: the record wins
        QCOMPARE(store.position(kPack, QStringLiteral("l2")), 0.1);
        QVERIFY(fx.services->activate(fx.ben).ok());
        QCOMPARE(store.position(kPack, QStringLiteral("l2")), 0.0);
    }

    void removingACourseKeepsTheRecord()
    {
        Fixture fx;
        LearnerPositionStore store(*fx.services);
        store.setPosition(kPack, QStringLiteral("l1"), 0.5);
        store.forgetPack(kPack);
        QCOMPARE(store.position(kPack, QStringLiteral("l1")), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestLearnerPositionStore)
#include "tst_learnerpositionstore.moc"
