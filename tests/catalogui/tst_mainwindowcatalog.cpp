#include "appharness.h"
#include "faultserver.h"
#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/catalogactions.h"
#include "oht/catalogui/catalogbrowser.h"
#include "oht/catalogui/downloadindicator.h"
#include "oht/catalogui/installcontroller.h"
#include "oht/catalogui/restoreddownloadsnotice.h"
#include "oht/library/library.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"
#include "testpacks.h"

#include <QAction>
#include <QDir>
#include <QLabel>
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
        // Nothing was restored: no notice about paused downloads.
        QCOMPARE(window.statusBar()->findChild<catalogui::RestoredDownloadsNotice *>(),
                 actions->restoredNotice());
        QVERIFY(actions->restoredNotice()->isHidden());
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

    void downloadsPausedByTheLastRunAreAnnounced()
    {
        test::AppHarness app;
        const auto keys = TestPacks::newKeys();
        const QString pack =
            TestPacks(app.workDir() + QStringLiteral("/server"))
                .buildSigned(test::PackSourceWriter(QStringLiteral("org.example.web")),
                             QStringLiteral("web.ohtpack"), keys);
        QVERIFY(!pack.isEmpty());
        const QByteArray body = TestPacks::readAll(pack);
        test::FaultServer server(body);
        server.setPlan({{test::FaultServer::Fault::Stall, body.size() / 2}});
        QVERIFY(server.start());
        const catalog::CatalogEntry entry = TestPacks::entryFor(pack, server.url());
        QNetworkAccessManager network;
        const QString downloads = app.dataDir() + QStringLiteral("/downloads");
        {
            // The last run: half the pack arrived, the download was paused, the app closed.
            catalog::DownloadQueue last(&network, downloads);
            catalog::DownloadJob *job = last.enqueue(entry);
            QTRY_VERIFY_WITH_TIMEOUT(job->bytesReceived() >= body.size() / 2, 30'000);
            last.pause(job);
        }
        // This run, as main() does it: restore, then the window and its catalog actions.
        catalog::CatalogDefaults defaults;
        defaults.trustedKeys = {{QStringLiteral("Hub"), keys.publicKey}};
        catalog::CatalogConfig config(app.dataDir(), defaults);
        catalog::DownloadQueue queue(&network, downloads);
        QCOMPARE(queue.restore(), 1);
        ui::MainWindow &window = app.window();
        auto *actions = new CatalogActions(app.library(), config, queue, &network, &window);
        window.addCatalog(actions);
        window.resize(1000, 640);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        catalogui::RestoredDownloadsNotice *notice = actions->restoredNotice();
        QCOMPARE(notice->parentWidget(), window.statusBar());
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->label()->text(),
                 QStringLiteral("A download was paused when the app closed."));
        QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(
            QStringLiteral(OHT_BINARY_DIR "/screenshots/main-window-restored-downloads.png")));

        // Alt+U in the window (no other control of the window claims it) resumes it.
        QSignalSpy installed(actions->installer(), &catalogui::InstallController::installed);
        QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(installed.count(), 1, 30'000);
        QVERIFY(notice->isHidden());
        QVERIFY(app.library().pack(QStringLiteral("org.example.web")).ok());
    }
};

QTEST_MAIN(TestMainWindowCatalog)
#include "tst_mainwindowcatalog.moc"
