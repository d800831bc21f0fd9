#include "faultserver.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalog/meteredcheck.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht::catalog;
using oht::test::FaultServer;
using oht::test::TestPacks;
using Fault = FaultServer::Fault;

namespace {

constexpr int kTimeout = 30'000;

/// A connection whose metered state the test sets.
class FakeMetered final : public MeteredCheck
{
public:
    bool isMetered() const override { return m_metered; }
    void set(bool metered)
    {
        m_metered = metered;
        emit meteredChanged(metered);
    }

private:
    bool m_metered = false;
};

} // namespace

class TestDownloadQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<oht::test::TempDataDir> m_dir;
    QList<std::shared_ptr<FaultServer>> m_servers;
    QNetworkAccessManager m_network;

    /// An entry served by its own fault server (so each download's requests are counted).
    CatalogEntry entry(const QString &id, qint64 size, QList<FaultServer::Step> plan = {})
    {
        const QByteArray body(size, char('a' + m_servers.size()));
        auto server = std::make_shared<FaultServer>(body);
        server->setPlan(plan);
        if (!server->start())
            return {};
        m_servers << server;
        CatalogEntry e;
        e.id = id;
        e.version = oht::SemVer(1, 0, 0);
        e.title = id;
        e.language = QStringLiteral("en");
        e.size = size;
        e.sha256Hex = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        e.url = server->url();
        return e;
    }
    QString downloads() const { return m_dir->filePath(QStringLiteral("downloads")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<oht::test::TempDataDir>();
        m_servers.clear();
    }

    void downloadsOneAtATime()
    {
        DownloadQueue queue(&m_network, downloads());
        // The first transfer stalls until the test pauses it: the second must wait.
        const CatalogEntry first =
            entry(QStringLiteral("org.example.first"), 300'000, {{Fault::Stall, 100'000}});
        const CatalogEntry second = entry(QStringLiteral("org.example.second"), 200'000);
        QSignalSpy added(&queue, &DownloadQueue::jobAdded);
        DownloadJob *a = queue.enqueue(first);
        DownloadJob *b = queue.enqueue(second);
        QCOMPARE(added.count(), 2);
        QCOMPARE(queue.enqueue(second), b); // the same file is never queued twice
        QTRY_COMPARE_WITH_TIMEOUT(a->bytesReceived(), 100'000, kTimeout);
        QCOMPARE(a->state(), DownloadState::Downloading);
        QCOMPARE(b->state(), DownloadState::Queued);
        QCOMPARE(m_servers.at(1)->hits().size(), 0);
        QCOMPARE(queue.bytesTotal(), 500'000);

        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.pause(a); // frees the line: the second starts
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.first().first().value<DownloadJob *>(), b);
        queue.resume(a);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeout);
        QCOMPARE(m_servers.at(0)->hits().last().range, QByteArray("bytes=100000-"));
        QCOMPARE(queue.bytesReceived(), 500'000);
    }

    void queueProgressReportsTheWholeQueue()
    {
        DownloadQueue queue(&m_network, downloads());
        QSignalSpy progress(&queue, &DownloadQueue::queueProgress);
        QSignalSpy idle(&queue, &DownloadQueue::idle);
        queue.enqueue(entry(QStringLiteral("org.example.a"), 100'000));
        queue.enqueue(entry(QStringLiteral("org.example.b"), 150'000));
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() > 0 && queue.bytesReceived() == 250'000, kTimeout);
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.last().at(0).toLongLong(), 250'000);
        QCOMPARE(progress.last().at(1).toLongLong(), 250'000);
    }

    void waitsForAnUnmeteredConnection()
    {
        FakeMetered metered;
        metered.set(true);
        DownloadQueue queue(&m_network, downloads(), &metered);
        queue.setAvoidMetered(true);
        DownloadJob *job = queue.enqueue(entry(QStringLiteral("org.example.m"), 100'000));
        QCOMPARE(job->state(), DownloadState::WaitingForUnmetered);
        QCoreApplication::processEvents();
        QCOMPARE(m_servers.first()->hits().size(), 0);

        QSignalSpy finished(&queue, &DownloadQueue::finished);
        metered.set(false); // back on the clinic's Wi-Fi
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(m_servers.first()->hits().size(), 1);
    }

    void meteredIsIgnoredUnlessAsked()
    {
        FakeMetered metered;
        metered.set(true);
        DownloadQueue queue(&m_network, downloads(), &metered);
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.enqueue(entry(QStringLiteral("org.example.m"), 100'000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    }

    void cancelAndRemoveDeleteFiles()
    {
        DownloadQueue queue(&m_network, downloads());
        DownloadJob *stalled = queue.enqueue(
            entry(QStringLiteral("org.example.s"), 300'000, {{Fault::Stall, 50'000}}));
        QTRY_COMPARE_WITH_TIMEOUT(stalled->bytesReceived(), 50'000, kTimeout);
        queue.cancel(stalled);
        QCOMPARE(stalled->state(), DownloadState::Cancelled);
        QVERIFY(QDir(downloads()).entryList(QDir::Files).isEmpty());

        QSignalSpy finished(&queue, &DownloadQueue::finished);
        DownloadJob *done = queue.enqueue(entry(QStringLiteral("org.example.d"), 100'000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QVERIFY(QFile::exists(done->filePath()));
        QSignalSpy removed(&queue, &DownloadQueue::jobRemoved);
        const QString path = done->filePath();
        queue.remove(done); // e.g. after installing it
        QCOMPARE(removed.count(), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!queue.jobs().contains(done));
    }

    void restoreBringsBackUnfinishedAndFinishedDownloads()
    {
        const CatalogEntry partial =
            entry(QStringLiteral("org.example.p"), 300'000, {{Fault::CutAfter, 120'000}});
        const CatalogEntry complete = entry(QStringLiteral("org.example.c"), 100'000);
        {
            DownloadOptions options;
            options.maxRetries = 0;
            DownloadQueue queue(&m_network, downloads(), nullptr, options);
            QSignalSpy failed(&queue, &DownloadQueue::failed);
            QSignalSpy finished(&queue, &DownloadQueue::finished);
            queue.enqueue(partial);
            queue.enqueue(complete);
            QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1 && finished.count() == 1, kTimeout);
        }
        DownloadQueue queue(&m_network, downloads());
        QCOMPARE(queue.restore(), 2);
        DownloadJob *p = queue.find(QStringLiteral("org.example.p"));
        DownloadJob *c = queue.find(QStringLiteral("org.example.c"));
        QVERIFY(p && c);
        QCOMPARE(p->state(), DownloadState::Paused);
        QCOMPARE(p->bytesReceived(), 120'000);
        QCOMPARE(c->state(), DownloadState::Finished);
        QCOMPARE(queue.restore(), 0); // nothing added twice
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.resume(p);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(m_servers.first()->hits().last().range, QByteArray("bytes=120000-"));
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_downloadqueue.moc"
