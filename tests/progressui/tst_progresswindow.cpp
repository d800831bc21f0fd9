#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/completionlist.h"
#include "oht/progressui/progresspage.h"
#include "oht/progressui/progresswindow.h"
#include "progressfixture.h"
#include "recordbuilder.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace oht;
using namespace oht::progressui;
using test::ProgressFixture;

namespace {
const QString kPack = QStringLiteral("org.example.course");
}

class TestProgressWindow : public QObject
{
    Q_OBJECT

private slots:
    void followsTheCurrentLearner()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 ana = test::buildSampleRecord(f, clock, QStringLiteral("Ana"));
        QVERIFY(ana);
        f.db.reset(); // the services open their own connection
        auto services = progress::ProgressServices::open(f.dir.path(), *f.library, clock.clock());
        QVERIFY(services.ok());
        progress::ProgressServices &s = **services;
        auto anaProfile = s.profiles().profile(ana);
        QVERIFY(s.activate(*anaProfile).ok());

        ProgressWindow window(s, nullptr, clock.clock());
        window.showCourse(kPack);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Progress of Ana"));
        QVERIFY(window.page()->backButton()->isHidden());
        QCOMPARE(window.page()->completionList()->bar(0)->value(), 2);

        // Switching learners shows the other learner's progress at once.
        auto ben = s.profiles().create(QStringLiteral("Ben"));
        QVERIFY(s.activate(*ben).ok());
        QCOMPARE(window.windowTitle(), QStringLiteral("Progress of Ben"));
        QCOMPARE(window.page()->profileId(), ben->id);
        QCOMPARE(window.page()->completionList()->bar(0)->value(), 0);
        QCOMPARE(window.page()->packId(), kPack);

        // A rename shows the new name.
        QVERIFY(s.profiles().rename(ben->id, QStringLiteral("Benjamin")).ok());
        s.session().setProfile(*s.profiles().profile(ben->id));
        QCOMPARE(window.windowTitle(), QStringLiteral("Progress of Benjamin"));
        QVERIFY(window.page()
                    ->findChild<QLabel *>(QStringLiteral("progressLearner"))
                    ->text()
                    .contains(QStringLiteral("Benjamin")));

        // Escape closes it (hides: the app reuses it).
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
        window.showOverall();
        QVERIFY(window.isVisible());
        QCOMPARE(window.page()->packId(), QString());
        auto *close = window.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestProgressWindow)
#include "tst_progresswindow.moc"
