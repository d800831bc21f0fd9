// Downloads an earlier run left paused are restored paused; the notice tells the learner
// and resumes them all. The restored state is real: partial files and their metadata
// written by a first queue that is closed half way through.
#include "catalogfixture.h"
#include "faultserver.h"
#include "oht/catalogui/installcontroller.h"
#include "oht/catalogui/restoreddownloadsnotice.h"
#include "testpacks.h"

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <memory>

using namespace oht;
using oht::catalogui::InstallController;
using oht::catalogui::RestoredDownloadsNotice;
using oht::test::CatalogFixture;
using oht::test::FaultServer;
using oht::test::PackSpec;

namespace {

constexpr int kTimeout = 30'000;

/// Packs on the fault server, each first response stopping half way.
struct HalfDownloaded
{
    std::vector<std::unique_ptr<FaultServer>> servers;
    QList<catalog::CatalogEntry> entries;

    /// A first run: every pack downloads half way, is paused, and the app closes.
    bool leavePaused(CatalogFixture &f, const QStringList &ids)
    {
        for (const QString &id : ids) {
            auto entry = f.buildPack(PackSpec(id), f.filePath(QStringLiteral("server")));
            const QByteArray body = test::TestPacks::readAll(entry.url.toLocalFile());
            auto &server = servers.emplace_back(std::make_unique<FaultServer>(body));
            server->setPlan({{FaultServer::Fault::Stall, body.size() / 2}});
            if (!server->start())
                return false;
            entry.url = server->url();
            entries << entry;
        }
        catalog::DownloadQueue first(&f.network(), downloadsDir(f));
        for (const auto &entry : std::as_const(entries)) {
            catalog::DownloadJob *job = first.enqueue(entry);
            if (!QTest::qWaitFor([job] { return job->bytesReceived() >= job->bytesTotal() / 2; },
                                 kTimeout))
                return false;
            first.pause(job);
        }
        return true;
    }

    static QString downloadsDir(CatalogFixture &f)
    {
        return f.dataDir() + QStringLiteral("/downloads");
    }
};

/// The app's next run: the queue restored, and the notice in a window's status bar.
struct NextRun
{
    NextRun(CatalogFixture &f, int *restored)
        : queue(&f.network(), HalfDownloaded::downloadsDir(f)),
          installer(f.library(), f.config(), queue)
    {
        *restored = queue.restore();
        notice = new RestoredDownloadsNotice(queue);
        window.statusBar()->addPermanentWidget(notice);
        window.resize(700, 200);
        window.show();
    }
    catalog::DownloadQueue queue;
    InstallController installer;
    QMainWindow window;
    RestoredDownloadsNotice *notice;
};

} // namespace

class TestRestoredDownloadsNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resumeAllFinishesEveryRestoredDownload_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("mouse") << "mouse";
        QTest::newRow("keyboard") << "keyboard";
        QTest::newRow("mnemonic") << "mnemonic";
    }
    void resumeAllFinishesEveryRestoredDownload()
    {
        QFETCH(QString, how);
        CatalogFixture f;
        HalfDownloaded first;
        const QStringList ids = {QStringLiteral("org.example.one"),
                                 QStringLiteral("org.example.two")};
        QVERIFY(first.leavePaused(f, ids));
        int restored = 0;
        NextRun next(f, &restored);
        QCOMPARE(restored, 2);
        RestoredDownloadsNotice *notice = next.notice;
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->pausedCount(), 2);
        QCOMPARE(notice->label()->text(),
                 QStringLiteral("2 downloads were paused when the app closed."));
        QCOMPARE(notice->accessibleName(), notice->label()->text());
        QVERIFY(!notice->resumeAllButton()->accessibleName().isEmpty());
        QVERIFY(!notice->dismissButton()->accessibleName().isEmpty());
        if (how == QLatin1String("mouse")) {
            QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
            QVERIFY(next.window.grab().save(
                QStringLiteral(OHT_BINARY_DIR "/screenshots/restored-downloads-notice.png")));
        }

        QSignalSpy resumed(notice, &RestoredDownloadsNotice::resumed);
        QSignalSpy installed(&next.installer, &InstallController::installed);
        if (how == QLatin1String("mouse")) {
            QTest::mouseClick(notice->resumeAllButton(), Qt::LeftButton);
        } else if (how == QLatin1String("keyboard")) {
            next.window.activateWindow();
            notice->resumeAllButton()->setFocus(Qt::TabFocusReason);
            QTest::keyClick(notice->resumeAllButton(), Qt::Key_Space);
        } else {
            QVERIFY(QTest::qWaitForWindowExposed(&next.window));
            QTest::keyClick(&next.window, Qt::Key_U, Qt::AltModifier);
        }
        QTRY_COMPARE(resumed.count(), 1); // a mnemonic "clicks" after a short animation
        QCOMPARE(resumed.first().first().toInt(), 2);
        QVERIFY(notice->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(installed.count(), 2, kTimeout);
        QCOMPARE(f.installedIds(), (QStringList{QStringLiteral("org.example.one@1.0.0"),
                                                QStringLiteral("org.example.two@1.0.0")}));
        // Each resume fetched only the missing half.
        for (const auto &server : first.servers)
            QVERIFY(server->hits().last().range.startsWith("bytes="));
        QVERIFY(notice->isHidden());
    }

    void theNoticeFollowsTheRestoredDownloads()
    {
        CatalogFixture f;
        HalfDownloaded first;
        QVERIFY(first.leavePaused(
            f, {QStringLiteral("org.example.a"), QStringLiteral("org.example.b")}));
        int restored = 0;
        NextRun next(f, &restored);
        QCOMPARE(restored, 2);
        RestoredDownloadsNotice *notice = next.notice;
        const QList<catalog::DownloadJob *> jobs = next.queue.jobs();
        QCOMPARE(jobs.size(), 2);
        // One resumed by itself (in Get Courses): the notice counts the other.
        next.queue.resume(jobs.at(0));
        QCOMPARE(notice->pausedCount(), 1);
        QCOMPARE(notice->label()->text(),
                 QStringLiteral("A download was paused when the app closed."));
        QVERIFY(notice->isVisible());
        // The other removed: nothing is left to tell.
        next.queue.remove(jobs.at(1));
        QCOMPARE(notice->pausedCount(), 0);
        QVERIFY(notice->isHidden());
        // A pause of the learner's own later on is not "paused when the app closed".
        next.queue.pause(jobs.at(0));
        QVERIFY(notice->isHidden());
    }

    void dismissHidesItAndResumesNothing()
    {
        CatalogFixture f;
        HalfDownloaded first;
        QVERIFY(first.leavePaused(f, {QStringLiteral("org.example.later")}));
        int restored = 0;
        NextRun next(f, &restored);
        QCOMPARE(restored, 1);
        QVERIFY(next.notice->isVisible());
        QTest::mouseClick(next.notice->dismissButton(), Qt::LeftButton);
        QVERIFY(next.notice->isHidden());
        QCOMPARE(next.queue.jobs().first()->state(), catalog::DownloadState::Paused);
    }

    void nothingRestoredShowsNothing()
    {
        CatalogFixture f;
        int restored = -1;
        NextRun next(f, &restored);
        QCOMPARE(restored, 0);
        QVERIFY(next.notice->isHidden());
        QCOMPARE(next.notice->pausedCount(), 0);
        // A parentless notice is never shown as a window of its own.
        RestoredDownloadsNotice loose(next.queue);
        QVERIFY(!loose.isVisible());
    }
};

QTEST_MAIN(TestRestoredDownloadsNotice)
#include "tst_restoreddownloadsnotice.moc"
