// The learner's record in the real window, with real QtWebEngine pages: lessons opened and
// completed (reaching the end, or Mark as Complete), the outline's check marks, the
// library's completion column and "Continue where you left off", switching learners
// (with a PIN) and reading positions per learner.
#include "appharness.h"
#include "oht/library/library.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/pindialog.h"
#include "oht/ui/activetimetracker.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"
#include "oht/ui/outlinemodel.h"
#include "oht/ui/packlistmodel.h"
#include "oht/ui/progresscontroller.h"
#include "oht/web/lessonview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using oht::test::AppHarness;
using oht::ui::OutlineModel;
using oht::ui::PackListModel;

static const QString kPack = QStringLiteral("org.test.progress");

class tst_ProgressController : public QObject
{
    Q_OBJECT
private:
    static std::optional<oht::progress::ItemState> state(AppHarness &app, const QString &itemId)
    {
        auto s = app.progress().events().itemState(app.progress().profileId(), kPack, itemId);
        return s ? *s : std::nullopt;
    }
    static oht::ui::ProgressController *controller(AppHarness &app)
    {
        return app.window().progressController();
    }
    static QString completionCell(AppHarness &app)
    {
        PackListModel *model = app.window().libraryPage()->model();
        return model->index(model->rowOf(kPack), PackListModel::CompletionColumn).data().toString();
    }
    static void answerPin(const QString &pin, bool cancel = false)
    {
        QTimer::singleShot(0, [pin, cancel] {
            auto *dialog =
                qobject_cast<oht::progressui::PinDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            if (cancel) {
                QTest::keyClick(dialog->pinField(), Qt::Key_Escape);
                return;
            }
            QTest::keyClicks(dialog->pinField(), pin);
            QTest::keyClick(dialog->pinField(), Qt::Key_Return);
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
    }

    void firstRunHasADefaultLearner()
    {
        AppHarness app;
        const auto learner = app.progress().session().profile();
        QCOMPARE(learner.name, QStringLiteral("Learner"));
        QCOMPARE(controller(app)->learnerLabel()->text(), QStringLiteral("Learner: Learner"));
        QVERIFY(!controller(app)->learnerLabel()->accessibleName().isEmpty());
        // The Learner menu is in the menu bar.
        bool found = false;
        for (QAction *action : app.window().menuBar()->actions())
            found = found || action->menu() == controller(app)->learnerMenu();
        QVERIFY(found);
    }

    void activeTimeFollowsTheWindow()
    {
        AppHarness app;
        oht::ui::ActiveTimeTracker *tracker = controller(app)->tracker();
        app.window().show();
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        QTRY_VERIFY(tracker->isActive());
        // Another window in front: the learner is elsewhere.
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QTRY_VERIFY(!tracker->isActive());
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        QTRY_VERIFY(tracker->isActive());
    }

    void openingRecordsAndShortLessonsComplete()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        app.window().libraryPage()->reload();
        app.window().show();
        QVERIFY(!controller(app)->continueButton()->isVisible()); // nothing opened yet
        QCOMPARE(completionCell(app), QStringLiteral("0 %"));
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("intro")));
        QVERIFY(state(app, QStringLiteral("intro")).has_value());
        QCOMPARE(state(app, QStringLiteral("intro"))->openCount, 1);
        // "intro" fits on the screen: shown is read.
        QTRY_VERIFY(state(app, QStringLiteral("intro"))->isCompleted());
        QCOMPARE(state(app, QStringLiteral("intro"))->completedBy,
                 oht::progress::CompletionSource::ReachedEnd);
        OutlineModel *outline = app.window().coursePage()->outlineModel();
        QTRY_VERIFY(outline->isCompleted(QStringLiteral("intro")));
        const QModelIndex intro = outline->indexOfItem(QStringLiteral("intro"));
        QVERIFY(intro.data().toString().startsWith(QStringLiteral("✓")));
        QVERIFY(
            intro.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("completed")));
        QVERIFY(controller(app)->markCompleteAction()->isChecked());

        app.window().showLibrary();
        // Four items, one done.
        QCOMPARE(completionCell(app), QStringLiteral("25 %"));
        QVERIFY(controller(app)->continueButton()->isVisible());
        QVERIFY(controller(app)->continueButton()->text().contains(QStringLiteral("Introduction")));
        QVERIFY(controller(app)->continueButton()->accessibleName().contains(
            QStringLiteral("Progress course")));
    }

    void continueOpensTheLastLesson()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("details")));
        app.restart();
        app.window().show();
        QVERIFY(app.window().isLibraryShown());
        QPushButton *resume = controller(app)->continueButton();
        QTRY_VERIFY(resume->isVisible());
        QVERIFY(resume->text().contains(QStringLiteral("The details")));
        resume->setFocus();
        QTest::keyClick(resume, Qt::Key_Space);
        QVERIFY(!app.window().isLibraryShown());
        QCOMPARE(app.window().coursePage()->currentItemId(), QStringLiteral("details"));
    }

    void markAsCompleteToggles()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        app.window().show();
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("details")));
        QAction *mark = controller(app)->markCompleteAction();
        QVERIFY(mark->isEnabled());
        QVERIFY(!mark->isChecked());
        QVERIFY(!state(app, QStringLiteral("details"))->isCompleted());
        // By keyboard: Ctrl+Shift+M.
        QTest::keyClick(&app.window(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(state(app, QStringLiteral("details"))->isCompleted());
        QCOMPARE(state(app, QStringLiteral("details"))->completedBy,
                 oht::progress::CompletionSource::Explicit);
        QVERIFY(mark->isChecked());
        QVERIFY(app.window().coursePage()->outlineModel()->isCompleted(QStringLiteral("details")));
        // And off again, with the button on the lesson.
        auto *button = app.window().coursePage()->lessonArea()->findChild<QToolButton *>(
            QStringLiteral("markCompleteButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isChecked());
        QCOMPARE(button->text(), QStringLiteral("✓ Completed"));
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isChecked());
        QCOMPARE(button->text(), QStringLiteral("Mark as Complete"));
        QVERIFY(!state(app, QStringLiteral("details"))->isCompleted());
        QVERIFY(!mark->isChecked());
        QVERIFY(!app.window().coursePage()->outlineModel()->isCompleted(QStringLiteral("details")));
        // Scrolling to the end now does not overrule the learner.
        app.window().coursePage()->lessonArea()->view()->setReadingPosition(1.0);
        QTest::qWait(300);
        app.window().coursePage()->lessonArea()->view()->flushReadingPosition();
        QVERIFY(!state(app, QStringLiteral("details"))->isCompleted());
        // Not on the library page.
        app.window().showLibrary();
        QTRY_VERIFY(!mark->isEnabled());
    }

    void readingToTheEndCompletes()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("details")));
        QTRY_VERIFY_WITH_TIMEOUT(
            AppHarness::runJs(
                app.page(),
                QStringLiteral("document.documentElement.scrollHeight > innerHeight + 200"))
                .toBool(),
            10000);
        QVERIFY(!state(app, QStringLiteral("details"))->isCompleted());
        AppHarness::runJs(
            app.page(),
            QStringLiteral("window.scrollTo(0, document.documentElement.scrollHeight)"));
        QTRY_VERIFY_WITH_TIMEOUT(state(app, QStringLiteral("details"))->isCompleted(), 20000);
        QVERIFY(state(app, QStringLiteral("details"))->position.value_or(0) >= 0.98);
    }

    void closingSavesThePosition()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("details")));
        QTRY_VERIFY_WITH_TIMEOUT(
            AppHarness::runJs(
                app.page(),
                QStringLiteral("document.documentElement.scrollHeight > innerHeight + 200"))
                .toBool(),
            10000);
        AppHarness::runJs(
            app.page(),
            QStringLiteral(
                "window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)"));
        QTRY_VERIFY(AppHarness::runJs(app.page(), QStringLiteral("window.scrollY")).toDouble() >
                    100);
        app.window().close(); // flushes at once, without waiting for the scroll report
        QVERIFY(state(app, QStringLiteral("details"))->position.value_or(0) > 0.2);
    }

    void switchingLearnersKeepsRecordsApart()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        const qint64 first = app.progress().profileId();
        auto ben = app.progress().profiles().create(QStringLiteral("Ben"), QStringLiteral("4321"));
        QVERIFY(ben.ok());
        app.window().libraryPage()->reload();
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("intro")));
        QTRY_VERIFY(state(app, QStringLiteral("intro"))->isCompleted());

        // Wrong PIN, then Cancel: still the first learner, still in the lesson.
        QTimer::singleShot(0, [] {
            auto *dialog =
                qobject_cast<oht::progressui::PinDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->pinField(), QStringLiteral("1111"));
            QTest::keyClick(dialog->pinField(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("not right")));
            QTest::keyClick(dialog->pinField(), Qt::Key_Escape);
        });
        QVERIFY(!controller(app)->switchTo(ben->id));
        QCOMPARE(app.progress().profileId(), first);
        QVERIFY(!app.window().isLibraryShown());

        answerPin(QStringLiteral("4321"));
        QVERIFY(controller(app)->switchTo(ben->id));
        QCOMPARE(app.progress().profileId(), ben->id);
        QVERIFY(app.window().isLibraryShown());
        QCOMPARE(controller(app)->learnerLabel()->text(), QStringLiteral("Learner: Ben"));
        QCOMPARE(completionCell(app), QStringLiteral("0 %"));
        QVERIFY(!controller(app)->continueButton()->isVisible());
        QVERIFY(!state(app, QStringLiteral("intro")).has_value());
        QVERIFY(app.window().openCourse(kPack));
        QVERIFY(!app.window().coursePage()->outlineModel()->isCompleted(QStringLiteral("intro")));
        QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
        app.window().showLibrary();

        // Back to the first learner (no PIN): their record is all there, and the switch
        // is remembered as the last used learner.
        QVERIFY(controller(app)->switchTo(first));
        QCOMPARE(completionCell(app), QStringLiteral("25 %"));
        QVERIFY(controller(app)->continueButton()->isVisible());
        app.restart();
        QCOMPARE(app.progress().profileId(), first);
    }

    void updatesKeepProgress()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("intro")));
        QTRY_VERIFY(state(app, QStringLiteral("intro"))->isCompleted());
        app.window().showLibrary();
        // Version 2 of the course, same item ids, imported as the app does.
        const QString v2 =
            app.factory().course(kPack, QStringLiteral("Progress course"), QStringLiteral("2.0.0"));
        QVERIFY(!v2.isEmpty());
        QVERIFY(app.library().importPack(v2).ok());
        app.window().libraryPage()->reload(kPack);
        QCOMPARE(completionCell(app), QStringLiteral("25 %"));
        QVERIFY(controller(app)->continueButton()->isVisible());
        QVERIFY(app.window().openCourse(kPack));
        QVERIFY(app.window().coursePage()->outlineModel()->isCompleted(QStringLiteral("intro")));
    }

    void switchMenuListsLearners()
    {
        AppHarness app;
        QVERIFY(app.progress().profiles().create(QStringLiteral("Ben")).ok());
        QMenu *menu = controller(app)->switchMenu();
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QStringList names;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                names << action->text();
        }
        QCOMPARE(names.size(), 3);
        QVERIFY(names.contains(QStringLiteral("Ben")));
        QVERIFY(names.contains(QStringLiteral("Learner")));
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Ben"))
                action->trigger(); // no PIN: switches at once
        }
        QCOMPARE(app.progress().session().profile().name, QStringLiteral("Ben"));
    }

    void screenshots()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Progress course")));
        app.window().resize(1000, 640);
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("intro")));
        QTRY_VERIFY(
            app.window().coursePage()->outlineModel()->isCompleted(QStringLiteral("intro")));
        app.window().coursePage()->grab().save(
            QStringLiteral(OHT_BINARY_DIR "/screenshots/progress-outline.png"));
        app.window().libraryPage()->reload();
        app.window().showLibrary();
        QTRY_VERIFY(controller(app)->continueButton()->isVisible());
        QTest::qWait(200); // let the layout place the entry
        app.window().grab().save(
            QStringLiteral(OHT_BINARY_DIR "/screenshots/progress-library.png"));
    }
};

QTEST_MAIN(tst_ProgressController)
#include "tst_progresscontroller.moc"
