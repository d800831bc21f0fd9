#include "oht/catalog/catalogloader.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalog/packinstaller.h"
#include "oht/catalog/packstatus.h"
#include "oht/library/library.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::catalog;
using oht::test::TestPacks;

namespace {

constexpr int kTimeout = 30'000;

/// Counts every request; a USB catalog must never make one.
class CountingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

/// A catalog on a USB stick passed around a community hub: a folder with catalog.json
/// and the packs, used with no network at all.
class TestUsbCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDataDir> m_dir;
    KeyPair m_keys;
    QString m_usb;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_keys = TestPacks::newKeys();
        m_dir = std::make_unique<test::TempDataDir>();
        m_usb = m_dir->filePath(QStringLiteral("USB STICK"));
        TestPacks packs(m_usb + QStringLiteral("/packs"));
        Catalog catalog;
        catalog.url = QUrl::fromLocalFile(m_usb + QStringLiteral("/catalog.json"));
        for (const QString &id :
             {QStringLiteral("org.example.one"), QStringLiteral("org.example.two")}) {
            const QString path =
                packs.buildSigned(test::PackSourceWriter(id, QStringLiteral("1.1.0")),
                                  id + QStringLiteral(".ohtpack"), m_keys);
            QVERIFY(!path.isEmpty());
            catalog.packs << TestPacks::entryFor(path, QUrl::fromLocalFile(path));
        }
        QVERIFY(TestPacks::writeAll(m_usb + QStringLiteral("/catalog.json"), catalog.toJson()));
        // The written catalog uses relative URLs, so the stick works wherever it is mounted.
        QVERIFY(TestPacks::readAll(m_usb + QStringLiteral("/catalog.json"))
                    .contains("\"url\": \"packs/org.example.one.ohtpack\""));
    }

    void worksWithoutTheNetwork()
    {
        CountingNetworkAccessManager network;
        CatalogLoader loader(&network);
        QSignalSpy loaded(&loader, &CatalogLoader::loaded);
        loader.load(CatalogSource::fromFolder(m_usb));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
        const Catalog catalog = loaded.first().first().value<Catalog>();
        QCOMPARE(catalog.packs.size(), 2);
        QVERIFY(catalog.packs.first().url.isLocalFile());

        const auto dataDir = m_dir->filePath(QStringLiteral("data"));
        auto library = std::move(library::Library::open(dataDir)).value();
        // An older version is installed: the catalog offers an update.
        const QString old =
            TestPacks(m_dir->filePath(QStringLiteral("old")))
                .buildSigned(test::PackSourceWriter(QStringLiteral("org.example.one")),
                             QStringLiteral("old.ohtpack"), m_keys);
        QVERIFY(library->importPack(old).ok());
        const auto statuses = PackStatus::of(catalog, *library->packs());
        QCOMPARE(statuses.at(0).availability, PackAvailability::UpdateAvailable);
        QCOMPARE(statuses.at(0).installedVersion, QStringLiteral("1.0.0"));
        QCOMPARE(statuses.at(1).availability, PackAvailability::NotInstalled);

        DownloadQueue queue(&network, m_dir->filePath(QStringLiteral("data/downloads")));
        PackInstaller installer(*library, TrustedKeys({{QStringLiteral("Hub"), m_keys.publicKey}}));
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        for (const auto &entry : catalog.packs)
            queue.enqueue(entry);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeout);
        for (const auto &args : finished) {
            auto *job = args.at(0).value<DownloadJob *>();
            QVERIFY(job->filePath().startsWith(m_usb)); // installed straight from the stick
            const auto report = installer.install(job->filePath(), job->entry());
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        }
        QCOMPARE(library->pack(QStringLiteral("org.example.one"))->version,
                 QStringLiteral("1.1.0"));
        QCOMPARE(library->pack(QStringLiteral("org.example.two"))->version,
                 QStringLiteral("1.1.0"));
        QCOMPARE(network.requests, 0);
        // Nothing was copied into the downloads folder either.
        QVERIFY(QDir(dataDir + QStringLiteral("/downloads")).entryList(QDir::Files).isEmpty());
    }

    void loadsWithNoNetworkObjectAtAll()
    {
        CatalogLoader loader(nullptr);
        QSignalSpy loaded(&loader, &CatalogLoader::loaded);
        loader.load(CatalogSource::fromFolder(m_usb));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    }

    void reportsAMissingCatalog()
    {
        CatalogLoader loader(nullptr);
        QSignalSpy failed(&loader, &CatalogLoader::failed);
        loader.load(CatalogSource::fromFolder(m_dir->filePath(QStringLiteral("empty"))));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().first().value<Error>().code, QStringLiteral("catalog.unreadable"));
    }

    void remoteCatalogWithoutNetworkFails()
    {
        CatalogLoader loader(nullptr);
        QSignalSpy failed(&loader, &CatalogLoader::failed);
        loader.load({QStringLiteral("Web"), QUrl(QStringLiteral("https://packs.example.org/"))});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().first().value<Error>().code, QStringLiteral("catalog.no-network"));
    }
};

QTEST_GUILESS_MAIN(TestUsbCatalog)
#include "tst_usbcatalog.moc"
