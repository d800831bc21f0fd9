#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "progressfixture.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::progress;

// ProgressServices (the app's progress object graph) and LearnerSession (the current
// learner every page follows).
class TestProgressServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstRunCreatesDefaultLearner()
    {
        test::ProgressFixture f;
        auto services = ProgressServices::open(f.dir.path(), *f.library);
        QVERIFY(services.ok());
        QCOMPARE((*services)->profileId(), 0);
        auto learner = (*services)->startupProfile();
        QVERIFY(learner.ok());
        QCOMPARE(learner->name, QStringLiteral("Learner"));
        QVERIFY(!learner->hasPin);
        // Asking again does not create a second one.
        QCOMPARE((*services)->startupProfile()->id, learner->id);
        QCOMPARE((*services)->profiles().list()->size(), 1);
    }

    void lastUsedIsRemembered()
    {
        test::ProgressFixture f;
        qint64 benId = 0;
        {
            auto services = ProgressServices::open(f.dir.path(), *f.library);
            QVERIFY(services.ok());
            QVERIFY((*services)->profiles().create(QStringLiteral("Ana")).ok());
            auto ben = (*services)->profiles().create(QStringLiteral("Ben"));
            QVERIFY(ben.ok());
            benId = ben->id;
            QVERIFY((*services)->activate(*ben).ok());
            QCOMPARE((*services)->profileId(), benId);
        }
        auto reopened = ProgressServices::open(f.dir.path(), *f.library);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->startupProfile()->id, benId);
    }

    void withoutLastUsedTheFirstByNameStarts()
    {
        test::ProgressFixture f;
        auto services = ProgressServices::open(f.dir.path(), *f.library);
        QVERIFY(services.ok());
        QVERIFY((*services)->profiles().create(QStringLiteral("Zoë")).ok());
        auto ana = (*services)->profiles().create(QStringLiteral("ana"));
        QVERIFY(ana.ok());
        QCOMPARE((*services)->startupProfile()->id, ana->id);
        QCOMPARE((*services)->profiles().list()->size(), 2);
    }

    void unopenableDatabaseIsAnError()
    {
        test::ProgressFixture f;
        // A folder where the database file should be: it cannot be opened.
        test::TempDataDir other;
        QVERIFY(QDir(other.path()).mkpath(QLatin1String(ProgressDatabase::kFileName)));
        auto services = ProgressServices::open(other.path(), *f.library);
        QVERIFY(!services.ok());
        QVERIFY(!services.error().message.isEmpty());
    }

    void sessionSignals()
    {
        LearnerSession session;
        QSignalSpy changed(&session, &LearnerSession::profileChanged);
        QSignalSpy updated(&session, &LearnerSession::profileUpdated);
        QVERIFY(!session.hasProfile());
        Profile ana;
        ana.id = 7;
        ana.name = QStringLiteral("Ana");
        session.setProfile(ana);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), 7);
        QCOMPARE(updated.size(), 0);
        ana.name = QStringLiteral("Ana María");
        session.setProfile(ana);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(session.profile().name, QStringLiteral("Ana María"));
        QVERIFY(session.hasProfile());
    }
};

QTEST_GUILESS_MAIN(TestProgressServices)
#include "tst_progressservices.moc"
