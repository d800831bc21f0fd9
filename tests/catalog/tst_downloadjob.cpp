#include "faultserver.h"
#include "oht/catalog/downloadjob.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht::catalog;
using oht::test::FaultServer;
using oht::test::TestPacks;
using Fault = FaultServer::Fault;

namespace {

constexpr int kTimeout = 30'000;
constexpr qint64 kSize = 1024 * 1024;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

/// Every fault of the resume protocol, from a server that produces them on demand.
class TestDownloadJob : public QObject
{
    Q_OBJECT

private:
    QByteArray m_body;
    std::unique_ptr<oht::test::TempDataDir> m_dir;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;

    QString downloads() const { return m_dir->filePath(QStringLiteral("downloads")); }
    CatalogEntry entry(const QByteArray &body) const
    {
        CatalogEntry e;
        e.id = QStringLiteral("org.example.fault");
        e.version = oht::SemVer(1, 0, 0);
        e.title = QStringLiteral("Fault pack");
        e.language = QStringLiteral("en");
        e.size = body.size();
        e.sha256Hex = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        e.url = m_server->url();
        return e;
    }
    std::unique_ptr<DownloadJob> job(int maxRetries = 0, int timeoutMs = 30'000)
    {
        DownloadOptions options;
        options.maxRetries = maxRetries;
        options.retryDelayMs = 10;
        options.transferTimeoutMs = timeoutMs;
        return std::make_unique<DownloadJob>(m_network.get(), downloads(), entry(m_body), options);
    }
    QString partPath() const
    {
        return QDir(downloads()).filePath(QString::fromLatin1(entry(m_body).sha256Hex) + ".part");
    }
    void expectComplete(DownloadJob &j)
    {
        QTRY_COMPARE_WITH_TIMEOUT(j.state(), DownloadState::Finished, kTimeout);
        QCOMPARE(TestPacks::readAll(j.filePath()), m_body);
        QVERIFY(!QFile::exists(partPath()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_body = randomBytes(kSize, 7);
    }
    void init()
    {
        m_dir = std::make_unique<oht::test::TempDataDir>();
        m_server = std::make_unique<FaultServer>(m_body);
        QVERIFY(m_server->start());
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void downloadsAndVerifies()
    {
        auto j = job();
        QSignalSpy progress(j.get(), &DownloadJob::progress);
        QSignalSpy finished(j.get(), &DownloadJob::finished);
        j->start();
        expectComplete(*j);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(progress.last().at(0).toLongLong(), kSize);
        QCOMPARE(progress.last().at(1).toLongLong(), kSize);
        QCOMPARE(m_server->hits().size(), 1);
        QVERIFY(m_server->hits().first().range.isEmpty());
    }

    void cutConnectionKeepsThePartialAndResumes()
    {
        m_server->setPlan({{Fault::CutAfter, 300'000}});
        auto j = job();
        QSignalSpy failed(j.get(), &DownloadJob::failed);
        j->start();
        QTRY_COMPARE_WITH_TIMEOUT(j->state(), DownloadState::Failed, kTimeout);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(j->error().code, QStringLiteral("catalog.download-interrupted"));
        QVERIFY(j->resumable());
        QCOMPARE(QFileInfo(partPath()).size(), 300'000);

        j->requeue();
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 2);
        QCOMPARE(m_server->hits().at(1).range, QByteArray("bytes=300000-"));
        QCOMPARE(m_server->hits().at(1).ifRange, m_server->etag());
        QCOMPARE(m_server->hits().at(1).status, 206);
        QCOMPARE(m_server->hits().at(1).bodyBytes, kSize - 300'000);
    }

    void retriesByItselfAfterCuts()
    {
        m_server->setPlan({{Fault::CutAfter, 100'000}, {Fault::CutAfter, 100'000}});
        auto j = job(/*maxRetries*/ 2);
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 3);
        QCOMPARE(m_server->hits().at(1).range, QByteArray("bytes=100000-"));
        QCOMPARE(m_server->hits().at(2).range, QByteArray("bytes=200000-"));
    }

    void startsOverWhenTheServerIgnoresTheRange()
    {
        m_server->setPlan({{Fault::CutAfter, 300'000}, {Fault::IgnoreRange, 0}});
        auto j = job(1);
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 2);
        QCOMPARE(m_server->hits().at(1).range, QByteArray("bytes=300000-"));
        QCOMPARE(m_server->hits().at(1).status, 200);
    }

    void changedEtagSameBytesCompletes()
    {
        m_server->setPlan({{Fault::CutAfter, 300'000}, {Fault::ChangeEtag, 0}});
        auto j = job(1);
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().at(1).status, 200); // If-Range no longer matched
    }

    void changedFileIsRefusedAndDeleted()
    {
        m_server->setPlan({{Fault::CutAfter, 300'000}, {Fault::ChangeEtag, 0}});
        auto j = job(1);
        QSignalSpy failed(j.get(), &DownloadJob::failed);
        m_server->setBodyOnEtagChange(randomBytes(kSize, 8)); // same size, other content
        j->start();
        QTRY_COMPARE_WITH_TIMEOUT(j->state(), DownloadState::Failed, kTimeout);
        QCOMPARE(j->error().code, QStringLiteral("catalog.hash-mismatch"));
        QVERIFY(!j->resumable());
        QVERIFY(QDir(downloads())
                    .entryList({QStringLiteral("*.part"), QStringLiteral("*.ohtpack")}, QDir::Files)
                    .isEmpty());
    }

    void partFromAnotherEtagIsNotSpliced()
    {
        m_server->setPlan({{Fault::CutAfter, 300'000}, {Fault::BadEtag206, 0}});
        auto j = job(1);
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 3);
        QVERIFY(m_server->hits().at(2).range.isEmpty()); // started over, no range
    }

    void wrongContentRangeStartsOver()
    {
        m_server->setPlan({{Fault::CutAfter, 300'000}, {Fault::WrongOffset, 0}});
        auto j = job(1);
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 3);
        QVERIFY(m_server->hits().at(2).range.isEmpty());
    }

    void status416MidFileStartsOver()
    {
        m_server->setPlan({{Fault::CutAfter, 300'000}, {Fault::Status416, 0}});
        auto j = job(1);
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 3);
        QCOMPARE(m_server->hits().at(1).status, 416);
        QVERIFY(m_server->hits().at(2).range.isEmpty());
    }

    void completePartialNeedsNoRequest()
    {
        // The app stopped after the last byte but before the rename: verify, don't fetch.
        QVERIFY(TestPacks::writeAll(partPath(), m_body));
        auto j = job();
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 0);
    }

    void stalledConnectionIsDroppedAndResumed()
    {
        m_server->setPlan({{Fault::Stall, 200'000}});
        auto j = job(0, /*timeoutMs*/ 500);
        j->start();
        QTRY_COMPARE_WITH_TIMEOUT(j->state(), DownloadState::Failed, kTimeout);
        QVERIFY(j->resumable());
        QCOMPARE(QFileInfo(partPath()).size(), 200'000);
        j->requeue();
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().at(1).range, QByteArray("bytes=200000-"));
    }

    void pauseKeepsBytesAndResumeContinues()
    {
        m_server->setPlan({{Fault::Stall, 250'000}});
        auto j = job();
        j->start();
        QTRY_COMPARE_WITH_TIMEOUT(j->bytesReceived(), 250'000, kTimeout);
        j->pause();
        QCOMPARE(j->state(), DownloadState::Paused);
        QCOMPARE(QFileInfo(partPath()).size(), 250'000);
        j->requeue();
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().at(1).range, QByteArray("bytes=250000-"));
    }

    void cancelDeletesThePartial()
    {
        m_server->setPlan({{Fault::Stall, 250'000}});
        auto j = job();
        j->start();
        QTRY_COMPARE_WITH_TIMEOUT(j->bytesReceived(), 250'000, kTimeout);
        j->cancel();
        QCOMPARE(j->state(), DownloadState::Cancelled);
        QVERIFY(QDir(downloads()).entryList(QDir::Files).isEmpty());
    }

    void resumesAfterARestart()
    {
        m_server->setPlan({{Fault::CutAfter, 400'000}});
        {
            auto j = job();
            j->start();
            QTRY_COMPARE_WITH_TIMEOUT(j->state(), DownloadState::Failed, kTimeout);
        }
        // A new process: new network access manager, new job, same data directory.
        m_network = std::make_unique<QNetworkAccessManager>();
        auto j = job();
        j->start();
        expectComplete(*j);
        QCOMPARE(m_server->hits().size(), 2);
        QCOMPARE(m_server->hits().at(1).range, QByteArray("bytes=400000-"));
        QCOMPARE(m_server->hits().at(1).ifRange, m_server->etag());
        QCOMPARE(m_server->hits().at(1).bodyBytes, kSize - 400'000);
    }

    void httpErrorFails()
    {
        m_server->setPlan({{Fault::NotFound, 0}});
        auto j = job();
        j->start();
        QTRY_COMPARE_WITH_TIMEOUT(j->state(), DownloadState::Failed, kTimeout);
        QCOMPARE(j->error().code, QStringLiteral("catalog.download-refused"));
        QVERIFY(j->error().message.contains(QStringLiteral("404")));
    }

    void serverFileOfAnotherSizeIsRefusedAtOnce()
    {
        m_server->setBody(m_body + QByteArray(10, 'x'));
        auto j = job();
        j->start();
        QTRY_COMPARE_WITH_TIMEOUT(j->state(), DownloadState::Failed, kTimeout);
        QCOMPARE(j->error().code, QStringLiteral("catalog.download-refused"));
        QVERIFY(!QFile::exists(partPath()));
    }

    void localEntryNeedsNoNetwork()
    {
        const QString local = m_dir->filePath(QStringLiteral("usb/pack.ohtpack"));
        QVERIFY(TestPacks::writeAll(local, m_body));
        CatalogEntry e = entry(m_body);
        e.url = QUrl::fromLocalFile(local);
        DownloadJob j(nullptr, downloads(), e);
        QSignalSpy finished(&j, &DownloadJob::finished);
        j.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(j.filePath(), local);
        QCOMPARE(m_server->hits().size(), 0);
        j.discardFiles(); // never deletes the user's file
        QVERIFY(QFile::exists(local));
    }
};

QTEST_GUILESS_MAIN(TestDownloadJob)
#include "tst_downloadjob.moc"
