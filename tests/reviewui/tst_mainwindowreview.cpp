#include "appharness.h"
#include "oht/reviewui/reviewlauncher.h"
#include "oht/reviewui/reviewwindow.h"
#include "oht/ui/mainwindow.h"
#include "packsourcewriter.h"
#include "webtestmain.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace oht;

/// MainWindow::addReview with the app's object graph: the File menu entry opens reviewer
/// mode for a chosen folder; a refused folder is explained in the status bar.
class TestMainWindowReview : public QObject
{
    Q_OBJECT

private slots:
    void fileMenuOpensReviewerMode()
    {
        test::AppHarness app;
        ui::MainWindow &window = app.window();
        auto *launcher = new reviewui::ReviewLauncher(&window);
        window.addReview(launcher);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file);
        const QList<QAction *> entries = file->actions();
        const qsizetype open = entries.indexOf(launcher->openAction());
        QVERIFY(open >= 0);
        QVERIFY(entries.value(open + 1)->isSeparator()); // then Quit
        QCOMPARE(entries.last()->objectName(), "quitAction");

        const QString dir = app.workDir() + "/pack";
        QVERIFY(test::PackSourceWriter().writeTo(dir));
        const QStringList installed = app.installedIds();
        launcher->setFolderChooser([&] { return dir; });
        launcher->openAction()->trigger();
        QCOMPARE(launcher->windows().size(), 1);
        QVERIFY(launcher->windows().first()->windowTitle().contains(dir));
        // The learner's library is untouched: reviewing installs nothing.
        QCOMPARE(app.installedIds(), installed);

        launcher->setFolderChooser([&] { return app.workDir(); });
        launcher->openAction()->trigger();
        QVERIFY2(window.statusBar()->currentMessage().contains("has no pack.json"),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(launcher->windows().size(), 1);
    }
};

OHT_WEB_TEST_MAIN(TestMainWindowReview)
#include "tst_mainwindowreview.moc"
