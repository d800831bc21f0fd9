#include "nginxserver.h"
#include "oht/catalog/catalogloader.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalog/packinstaller.h"
#include "oht/library/library.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::catalog;
using oht::test::NginxServer;
using oht::test::TestPacks;

namespace {

constexpr int kTimeout = 120'000;
constexpr qint64 kBigMedia = 50LL * 1024 * 1024;

} // namespace

/// Downloads from a real nginx (ranges, ETags, If-Range as a real server does them),
/// counting at the server the bytes each request was sent.
class TestNginxDownload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDataDir> m_root; ///< web root and packs, built once
    KeyPair m_keys;
    QString m_web;
    Catalog m_catalog; ///< what the web root's catalog.json lists
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<test::TempDataDir> m_data; ///< the learner's data directory, per test

    TrustedKeys trusted() const { return TrustedKeys({{QStringLiteral("Hub"), m_keys.publicKey}}); }
    QString downloads() const { return m_data->filePath(QStringLiteral("downloads")); }

    /// The big pack's entry, served rate-limited under /slow/TAG/, so each test counts
    /// the requests for its own URL (the server lives for the whole test case).
    CatalogEntry slowBigEntry(const QString &tag) const
    {
        CatalogEntry e = *m_catalog.find(QStringLiteral("org.example.big"));
        e.url = m_nginx->url(QStringLiteral("slow/%1/packs/big.ohtpack").arg(tag));
        return e;
    }
    QList<NginxServer::Hit> hitsFor(const QString &path) const
    {
        QList<NginxServer::Hit> list;
        for (const auto &hit : m_nginx->hits())
            if (hit.path == path)
                list << hit;
        return list;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (NginxServer::binary().isEmpty())
            QFAIL("nginx is not installed (packaging/install-deps.sh installs it)");
        m_root = std::make_unique<test::TempDataDir>();
        m_keys = TestPacks::newKeys();
        m_web = m_root->filePath(QStringLiteral("www"));
        TestPacks packs(m_root->filePath(QStringLiteral("build")));
        const QString big = packs.buildBig(QStringLiteral("org.example.big"), kBigMedia,
                                           QStringLiteral("big.ohtpack"), m_keys);
        const QString small =
            packs.buildSigned(test::PackSourceWriter(QStringLiteral("org.example.small")),
                              QStringLiteral("small.ohtpack"), m_keys);
        QVERIFY(!big.isEmpty() && !small.isEmpty());
        QVERIFY(QDir().mkpath(m_web + QStringLiteral("/packs")));
        QVERIFY(QFile::rename(big, m_web + QStringLiteral("/packs/big.ohtpack")));
        QVERIFY(QFile::rename(small, m_web + QStringLiteral("/packs/small.ohtpack")));

        // catalog.json with relative URLs, as `ohtpack catalog` writes it.
        m_nginx = std::make_unique<NginxServer>();
        QVERIFY2(m_nginx->start(m_web, 16 * 1024 * 1024), qPrintable(m_nginx->errorLog()));
        m_catalog.title = QStringLiteral("Test hub");
        m_catalog.url = m_nginx->url(QStringLiteral("catalog.json"));
        for (const QString &name : {QStringLiteral("big"), QStringLiteral("small")}) {
            const QString path = m_web + QStringLiteral("/packs/%1.ohtpack").arg(name);
            m_catalog.packs << TestPacks::entryFor(
                path, m_nginx->url(QStringLiteral("packs/%1.ohtpack").arg(name)));
        }
        QVERIFY(TestPacks::writeAll(m_web + QStringLiteral("/catalog.json"), m_catalog.toJson()));
    }

    void init() { m_data = std::make_unique<test::TempDataDir>(); }

    void loadsTheCatalogDownloadsAndInstalls()
    {
        QNetworkAccessManager network;
        CatalogLoader loader(&network);
        QSignalSpy loaded(&loader, &CatalogLoader::loaded);
        loader.load({QStringLiteral("Hub"), m_nginx->url(QStringLiteral("catalog.json"))});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
        const Catalog catalog = loaded.first().first().value<Catalog>();
        QCOMPARE(catalog.packs.size(), 2);
        const CatalogEntry *small = catalog.find(QStringLiteral("org.example.small"));
        QVERIFY(small);
        QCOMPARE(small->url, m_nginx->url(QStringLiteral("packs/small.ohtpack")));

        DownloadQueue queue(&network, downloads());
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        DownloadJob *job = queue.enqueue(*small);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        auto library = std::move(library::Library::open(m_data->path())).value();
        PackInstaller installer(*library, trusted());
        const auto report = installer.install(job->filePath(), *small);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(library->pack(QStringLiteral("org.example.small"))->version,
                 QStringLiteral("1.0.0"));

        const auto hits = hitsFor(QStringLiteral("/packs/small.ohtpack"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().status, 200);
        QCOMPARE(hits.first().bodyBytes, small->size);
    }

    void interruptedBigDownloadFetchesOnlyTheMissingBytes()
    {
        const CatalogEntry entry = slowBigEntry(QStringLiteral("pause"));
        const QString path = entry.url.path();
        QNetworkAccessManager network;
        DownloadQueue queue(&network, downloads());
        DownloadJob *job = queue.enqueue(entry);
        QSignalSpy eta(job, &DownloadJob::etaSecondsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(job->bytesReceived() >= 12 * 1024 * 1024, kTimeout);
        // A rate-limited transfer has a known remaining time for a progress bar.
        QVERIFY(std::any_of(eta.cbegin(), eta.cend(),
                            [](const QList<QVariant> &args) { return args.at(0).toInt() > 0; }));
        queue.pause(job);
        QCOMPARE(job->state(), DownloadState::Paused);
        const qint64 kept = job->bytesReceived();
        QVERIFY(kept > 0 && kept < entry.size);

        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.resume(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(TestPacks::sha256OfFile(job->filePath()), entry.sha256Hex);

        // Counted by nginx: the second request asked for, and was sent, exactly the rest.
        QTRY_COMPARE_WITH_TIMEOUT(hitsFor(path).size(), 2, kTimeout);
        const auto hits = hitsFor(path);
        QCOMPARE(hits.at(1).range, QStringLiteral("bytes=%1-").arg(kept));
        QVERIFY(hits.at(1).ifRange != QLatin1String("-")); // the ETag nginx gave first
        QCOMPARE(hits.at(1).status, 206);
        QCOMPARE(hits.at(1).bodyBytes, entry.size - kept);
        qInfo("50 MB pack: %lld bytes before the pause, %lld fetched after it (file %lld)",
              hits.at(0).bodyBytes, hits.at(1).bodyBytes, entry.size);

        auto library = std::move(library::Library::open(m_data->path())).value();
        PackInstaller installer(*library, trusted());
        QVERIFY(installer.install(job->filePath(), entry).ok());
    }

    void resumesAfterAnAppRestart()
    {
        const CatalogEntry entry = slowBigEntry(QStringLiteral("restart"));
        const QString path = entry.url.path();
        qint64 kept = 0;
        {
            QNetworkAccessManager network;
            DownloadQueue queue(&network, downloads());
            DownloadJob *job = queue.enqueue(entry);
            QTRY_VERIFY_WITH_TIMEOUT(job->bytesReceived() >= 8 * 1024 * 1024, kTimeout);
            // The app quits: the queue and the network go away mid-transfer.
        }
        kept = QFileInfo(QDir(downloads()).filePath(QString::fromLatin1(entry.sha256Hex) + ".part"))
                   .size();
        QVERIFY(kept > 0 && kept < entry.size);

        QNetworkAccessManager network;
        DownloadQueue queue(&network, downloads());
        QCOMPARE(queue.restore(), 1);
        DownloadJob *job = queue.jobs().first();
        QCOMPARE(job->state(), DownloadState::Paused);
        QCOMPARE(job->entry().id, entry.id);
        QCOMPARE(job->bytesReceived(), kept);
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.resume(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);

        QTRY_COMPARE_WITH_TIMEOUT(hitsFor(path).size(), 2, kTimeout);
        const auto hits = hitsFor(path);
        QCOMPARE(hits.at(1).range, QStringLiteral("bytes=%1-").arg(kept));
        QCOMPARE(hits.at(1).bodyBytes, entry.size - kept);

        auto library = std::move(library::Library::open(m_data->path())).value();
        PackInstaller installer(*library, trusted());
        QVERIFY(installer.install(job->filePath(), entry).ok());
        QCOMPARE(library->pack(entry.id)->version, QStringLiteral("1.0.0"));
    }

    void damagedFileOnTheServerIsRefused()
    {
        // A mirror serves a copy with one flipped byte; the catalog has the real hash.
        QByteArray bytes = TestPacks::readAll(m_web + QStringLiteral("/packs/small.ohtpack"));
        bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x20);
        QVERIFY(TestPacks::writeAll(m_web + QStringLiteral("/packs/flipped.ohtpack"), bytes));
        CatalogEntry entry = *m_catalog.find(QStringLiteral("org.example.small"));
        entry.url = m_nginx->url(QStringLiteral("packs/flipped.ohtpack"));

        QNetworkAccessManager network;
        DownloadQueue queue(&network, downloads());
        QSignalSpy failed(&queue, &DownloadQueue::failed);
        queue.enqueue(entry);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().at(1).value<Error>().code, QStringLiteral("catalog.hash-mismatch"));
        QVERIFY(QDir(downloads())
                    .entryList({QStringLiteral("*.ohtpack"), QStringLiteral("*.part")}, QDir::Files)
                    .isEmpty());
        auto library = std::move(library::Library::open(m_data->path())).value();
        QVERIFY(library->packs()->isEmpty());
    }

    void refusesBadRemoteCatalogs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << "broken.json" << QByteArray("{ \"formatVersion\": ")
                                  << "catalog.invalid";
        const QJsonObject local{
            {"id", "org.example.x"},      {"version", "1.0.0"}, {"title", "X"},
            {"language", "en"},           {"size", 10},         {"sha256", QString(64, 'a')},
            {"url", "file:///etc/passwd"}};
        QTest::newRow("points at a local file")
            << "local.json"
            << QJsonDocument(QJsonObject{{"formatVersion", 1}, {"packs", QJsonArray{local}}})
                   .toJson()
            << "catalog.invalid";
        QTest::newRow("larger than 16 MiB")
            << "huge.json" << QByteArray(17 * 1024 * 1024, ' ') << "catalog.too-large";
        QTest::newRow("missing") << "absent.json" << QByteArray() << "catalog.fetch-failed";
    }
    void refusesBadRemoteCatalogs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(QString, code);
        if (!contents.isEmpty())
            QVERIFY(TestPacks::writeAll(m_web + QLatin1Char('/') + name, contents));
        QNetworkAccessManager network;
        CatalogLoader loader(&network);
        QSignalSpy failed(&loader, &CatalogLoader::failed);
        loader.load({QStringLiteral("Hub"), m_nginx->url(name)});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().first().value<Error>().code, code);
    }

    void cleanupTestCase()
    {
        if (m_nginx)
            m_nginx->stop();
    }
};

QTEST_GUILESS_MAIN(TestNginxDownload)
#include "tst_nginxdownload.moc"
