#include "catalogfixture.h"
#include "faultserver.h"
#include "oht/catalogui/downloadindicator.h"
#include "oht/catalogui/downloadrow.h"
#include "oht/catalogui/downloadspanel.h"
#include "oht/catalogui/installcontroller.h"
#include "testpacks.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using oht::catalogui::DownloadIndicator;
using oht::catalogui::DownloadRow;
using oht::catalogui::DownloadsPanel;
using oht::catalogui::InstallController;
using oht::test::CatalogFixture;
using oht::test::FaultServer;
using oht::test::PackSpec;

namespace {
constexpr int kTimeout = 30'000;
}

/// The download list: one row per download, cancel, a refused download shown in place,
/// and the saved metered-connection option.
class TestDownloadsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cancelDeletesThePartialDownload()
    {
        CatalogFixture f;
        auto entry = f.buildPack(PackSpec(QStringLiteral("org.example.cancel")),
                                 f.filePath(QStringLiteral("server")));
        const QByteArray body = test::TestPacks::readAll(entry.url.toLocalFile());
        FaultServer server(body);
        server.setPlan({{FaultServer::Fault::Stall, body.size() / 3}});
        QVERIFY(server.start());
        entry.url = server.url();
        InstallController installer(f.library(), f.config(), f.queue());
        DownloadsPanel panel(f.queue(), f.config(), installer);
        DownloadIndicator indicator(f.queue());
        panel.show();
        QVERIFY(!indicator.isVisibleTo(nullptr) || indicator.isHidden());

        f.queue().enqueue(entry);
        DownloadRow *row = panel.row(entry.id);
        QVERIFY(row);
        QTRY_VERIFY_WITH_TIMEOUT(row->progressBar()->value() > 0, kTimeout);
        QVERIFY(!indicator.isHidden());
        QVERIFY(indicator.toolTip().contains(QStringLiteral("1 download")));
        const QString downloads = f.dataDir() + QStringLiteral("/downloads");
        QVERIFY(!QDir(downloads).entryList(QDir::Files).isEmpty());

        QCOMPARE(row->cancelButton()->text(), QStringLiteral("&Cancel"));
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!panel.row(entry.id));
        QVERIFY(f.queue().jobs().isEmpty());
        QTRY_VERIFY(QDir(downloads).entryList(QDir::Files).isEmpty());
        QTRY_VERIFY(indicator.isHidden());
        QVERIFY(f.installedIds().isEmpty());
    }

    void aDownloadResumesAfterARestart()
    {
        CatalogFixture f;
        auto entry = f.buildPack(PackSpec(QStringLiteral("org.example.restart")),
                                 f.filePath(QStringLiteral("server")));
        const QByteArray body = test::TestPacks::readAll(entry.url.toLocalFile());
        FaultServer server(body);
        server.setPlan({{FaultServer::Fault::Stall, body.size() / 2}});
        QVERIFY(server.start());
        entry.url = server.url();
        const QString downloads = f.dataDir() + QStringLiteral("/downloads");
        {
            // The first run: half the file arrives, then the app is closed.
            catalog::DownloadQueue first(&f.network(), downloads);
            InstallController installer(f.library(), f.config(), first);
            DownloadsPanel panel(first, f.config(), installer);
            first.enqueue(entry);
            QTRY_VERIFY_WITH_TIMEOUT(panel.row(entry.id)->progressBar()->value() >= 400, kTimeout);
            first.pause(first.jobs().first());
        }
        // The next run: the download is listed, paused, and Resume finishes it.
        catalog::DownloadQueue second(&f.network(), downloads);
        QCOMPARE(second.restore(), 1);
        InstallController installer(f.library(), f.config(), second);
        DownloadsPanel panel(second, f.config(), installer);
        panel.show();
        DownloadRow *row = panel.row(entry.id);
        QVERIFY(row);
        QVERIFY(row->statusLabel()->text().startsWith(QStringLiteral("Paused")));
        QVERIFY(row->progressBar()->value() >= 400);
        QCOMPARE(row->pauseButton()->text(), QStringLiteral("&Resume"));
        QSignalSpy installed(&installer, &InstallController::installed);
        QTest::mouseClick(row->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(installed.count(), 1, kTimeout);
        QCOMPARE(f.installedIds(), QStringList{QStringLiteral("org.example.restart@1.0.0")});
        // Only the missing half was fetched again.
        QCOMPARE(server.hits().last().range, "bytes=" + QByteArray::number(body.size() / 2) + '-');
    }

    void aWrongFileIsRefusedInPlace()
    {
        CatalogFixture f;
        auto entry = f.buildPack(PackSpec(QStringLiteral("org.example.flipped")),
                                 f.filePath(QStringLiteral("server")));
        QByteArray body = test::TestPacks::readAll(entry.url.toLocalFile());
        body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x40); // a flipped byte
        FaultServer server(body);
        QVERIFY(server.start());
        entry.url = server.url();
        InstallController installer(f.library(), f.config(), f.queue());
        DownloadsPanel panel(f.queue(), f.config(), installer);
        panel.show();
        f.queue().enqueue(entry);
        DownloadRow *row = panel.row(entry.id);
        QVERIFY(row);
        QTRY_VERIFY_WITH_TIMEOUT(row->statusLabel()->text().startsWith(QStringLiteral("Failed")),
                                 kTimeout);
        QVERIFY2(
            row->statusLabel()->text().contains(QStringLiteral("SHA-256"), Qt::CaseInsensitive),
            qPrintable(row->statusLabel()->text()));
        QCOMPARE(row->cancelButton()->text(), QStringLiteral("Re&move"));
        QVERIFY(f.installedIds().isEmpty());
    }

    void theMeteredOptionIsSaved()
    {
        CatalogFixture f;
        InstallController installer(f.library(), f.config(), f.queue());
        {
            DownloadsPanel panel(f.queue(), f.config(), installer);
            panel.show();
            QVERIFY(!panel.meteredCheckBox()->isChecked());
            QTest::mouseClick(panel.meteredCheckBox(), Qt::LeftButton);
            QVERIFY(panel.meteredCheckBox()->isChecked());
            QVERIFY(f.queue().avoidMetered());
        }
        catalog::CatalogConfig reread(f.dataDir(), {});
        QVERIFY(reread.load().ok());
        QVERIFY(reread.avoidMeteredDownloads());
        DownloadsPanel again(f.queue(), reread, installer);
        QVERIFY(again.meteredCheckBox()->isChecked());
    }
};

QTEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
