// The ways to the progress window from the real app window: Learner ▸ My Progress
// (Ctrl+Shift+P) shows every course from the library and the open course from a course,
// and the course page's "Your Progress" button shows that course. Saves a screenshot to
// <build>/screenshots/progress-window.png for looking at.
#include "appharness.h"
#include "oht/progressui/completionlist.h"
#include "oht/progressui/progresspage.h"
#include "oht/progressui/progresswindow.h"
#include "oht/progressui/progresswindowcontroller.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using oht::test::AppHarness;
using namespace oht::progressui;

class TestProgressEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromTheLibraryAndFromACourse()
    {
        AppHarness app;
        QVERIFY(app.install(QStringLiteral("org.test.alpha"), QStringLiteral("Alpha course")));
        QVERIFY(app.install(QStringLiteral("org.test.beta"), QStringLiteral("Beta course")));
        oht::ui::MainWindow &window = app.window();
        window.libraryPage()->reload();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProgressWindowController *controller = window.progressWindow();
        QVERIFY(controller);
        QVERIFY(!controller->window()); // nothing made before it is asked for

        // The action sits in a menu of the menu bar, with its shortcut.
        bool inMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            inMenu =
                inMenu || (menu->menu() && menu->menu()->actions().contains(controller->action()));
        QVERIFY(inMenu);
        QCOMPARE(controller->action()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));

        // From the library, by keyboard: every course.
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        ProgressWindow *progress = controller->window();
        QVERIFY(progress);
        QVERIFY(QTest::qWaitForWindowExposed(progress));
        QCOMPARE(progress->page()->packId(), QString());
        QCOMPARE(progress->page()->completionList()->rowCount(), 2);
        progress->hide();

        // In a course, the button on the course page: that course.
        QVERIFY(window.openCourse(QStringLiteral("org.test.beta")));
        auto *button =
            window.coursePage()->findChild<QPushButton *>(QStringLiteral("courseProgressButton"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->page()->packId(), QStringLiteral("org.test.beta"));
        QCOMPARE(progress->page()->titleLabel()->text(), QStringLiteral("Progress in Beta course"));
        progress->resize(900, 800);
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
        QVERIFY(progress->grab().save(
            QStringLiteral(OHT_BINARY_DIR "/screenshots/progress-window.png")));
        progress->hide();

        // The action from a course shows that course too; back in the library, all.
        window.activateWindow();
        controller->action()->trigger();
        QCOMPARE(progress->page()->packId(), QStringLiteral("org.test.beta"));
        window.showLibrary();
        controller->action()->trigger();
        QCOMPARE(progress->page()->packId(), QString());
    }
};

QTEST_MAIN(TestProgressEntry)
#include "tst_progressentry.moc"
