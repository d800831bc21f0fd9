#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/progresspage.h"
#include "oht/progressui/progresswindow.h"
#include "oht/progressui/progresswindowcontroller.h"
#include "progressfixture.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace oht;
using namespace oht::progressui;
using test::ProgressFixture;

class TestProgressWindowController : public QObject
{
    Q_OBJECT

private slots:
    void actionShowsTheOpenCourseOrAllCourses()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        f.db.reset();
        auto services = progress::ProgressServices::open(f.dir.path(), *f.library);
        QVERIFY(services.ok());
        auto profile = (*services)->startupProfile();
        QVERIFY(profile.ok());
        QVERIFY((*services)->activate(*profile).ok());

        QMainWindow main;
        ProgressWindowController controller(**services, &main);
        QMenu *menu = main.menuBar()->addMenu(QStringLiteral("&Learner"));
        menu->addAction(controller.action());
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QVERIFY(!controller.window()); // made on first use only
        QCOMPARE(controller.action()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));

        // From the library: all courses.
        QTest::keyClick(&main, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(controller.window());
        QVERIFY(controller.window()->isVisible());
        QCOMPARE(controller.window()->page()->packId(), QString());

        // In a course: that course; the same window is reused.
        ProgressWindow *window = controller.window();
        window->hide();
        controller.setCurrentCourse(QStringLiteral("org.example.course"));
        controller.action()->trigger();
        QCOMPARE(controller.window(), window);
        QVERIFY(window->isVisible());
        QCOMPARE(window->page()->packId(), QStringLiteral("org.example.course"));

        // Or whatever the main window says is open.
        QString open;
        controller.setCourseProvider([&open] { return open; });
        controller.action()->trigger();
        QCOMPARE(window->page()->packId(), QString());
        open = QStringLiteral("org.example.course");
        controller.action()->trigger();
        QCOMPARE(window->page()->packId(), QStringLiteral("org.example.course"));

        // Imports are passed on so the rest of the app can refresh.
        QSignalSpy changed(&controller, &ProgressWindowController::recordChanged);
        emit window->recordChanged();
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_MAIN(TestProgressWindowController)
#include "tst_progresswindowcontroller.moc"
