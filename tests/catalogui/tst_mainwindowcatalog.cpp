#include "appharness.h"
#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/catalogactions.h"
#include "oht/catalogui/catalogbrowser.h"
#include "oht/catalogui/downloadindicator.h"
#include "oht/library/library.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"
#include "testpacks.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace oht;
using oht::catalogui::CatalogActions;
using oht::test::TestPacks;

/// MainWindow::addCatalog: the menu entries, the status-bar indicator, the library table's
/// context menu, and a catalog install that shows up in the library.
class TestMainWindowCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void getCoursesInstallsIntoTheLibraryPage()
    {
        test::AppHarness app;
        const auto keys = TestPacks::newKeys();
        // A USB-stick catalog with one signed course.
        const QString usb = app.workDir() + QStringLiteral("/usb");
        const QString pack =
            TestPacks(usb).buildSigned(test::PackSourceWriter(QStringLiteral("org.example.usb")),
                                       QStringLiteral("usb.ohtpack"), keys);
        QVERIFY(!pack.isEmpty());
        catalog::Catalog document;
        document.url = QUrl::fromLocalFile(usb + QStringLiteral("/catalog.json"));
        document.packs = {TestPacks::entryFor(pack, QUrl::fromLocalFile(pack))};
        QVERIFY(TestPacks::writeAll(usb + QStringLiteral("/catalog.json"), document.toJson()));

        QNetworkAccessManager network;
        catalog::CatalogDefaults defaults;
        defaults.catalogs = {catalog::CatalogSource::fromFolder(usb, QStringLiteral("Hub"))};
        defaults.trustedKeys = {{QStringLiteral("Hub"), keys.publicKey}};
        catalog::CatalogConfig config(app.dataDir(), defaults);
        catalog::DownloadQueue queue(&network, app.dataDir() + QStringLiteral("/downloads"));
        ui::MainWindow &window = app.window();
        auto *actions = new CatalogActions(app.library(), config, queue, &network, &window);
        window.addCatalog(actions);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // File menu: Import, Get Courses, Remove, Export.
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file);
        const QList<QAction *> entries = file->actions();
        const qsizetype get = entries.indexOf(actions->getCoursesAction());
        QCOMPARE(entries.value(get - 1), window.importAction());
        QVERIFY(entries.indexOf(actions->exportAction()) > get);
        QCOMPARE(window.statusBar()->findChild<catalogui::DownloadIndicator *>(),
                 actions->indicator());
        QTableView *table = window.libraryPage()->table();
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(table->actions().contains(actions->exportAction()));

        const int before = window.libraryPage()->courseCount();
        QSignalSpy changed(&window, &ui::MainWindow::libraryChanged);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        catalogui::CatalogBrowser *browser = actions->browser();
        QVERIFY(browser);
        QTRY_COMPARE_WITH_TIMEOUT(browser->catalog().packs.size(), 1, 30'000);
        browser->downloadPack(QStringLiteral("org.example.usb"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30'000);
        QCOMPARE(window.libraryPage()->courseCount(), before + 1);
        QCOMPARE(window.libraryPage()->selectedPackId(), QStringLiteral("org.example.usb"));
        QVERIFY(app.library().pack(QStringLiteral("org.example.usb")).ok());
    }
};

QTEST_MAIN(TestMainWindowCatalog)
#include "tst_mainwindowcatalog.moc"
