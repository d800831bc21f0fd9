#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/ed25519.h"
#include "tempdatadir.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht::catalog;

namespace {

PublisherKey key(const QString &name)
{
    return {name, Ed25519::generate()->publicKey};
}

} // namespace

class TestCatalogConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsWithoutAFile()
    {
        oht::test::TempDataDir dir;
        const CatalogSource official{
            QStringLiteral("Official"),
            QUrl(QStringLiteral("https://packs.example.org/catalog.json"))};
        const PublisherKey publisher = key(QStringLiteral("One HealthTech"));
        CatalogConfig config(dir.path(), {{official}, {publisher}});
        QVERIFY(config.load().ok());
        QCOMPARE(config.catalogs(), QList<CatalogSource>{official});
        QCOMPARE(config.trustedKeys().keys().size(), 1);
        QVERIFY(config.trustedKeys().find(publisher.keyId()).has_value());
        QVERIFY(!config.avoidMeteredDownloads());
        QVERIFY(!QFile::exists(config.filePath()));
    }

    void userChangesPersist()
    {
        oht::test::TempDataDir dir;
        const CatalogSource official{
            QStringLiteral("Official"),
            QUrl(QStringLiteral("https://packs.example.org/catalog.json"))};
        const PublisherKey shipped = key(QStringLiteral("Shipped"));
        const PublisherKey added = key(QStringLiteral("Local hub"));
        const CatalogSource usb = CatalogSource::fromFolder(dir.filePath(QStringLiteral("usb")));
        {
            CatalogConfig config(dir.path(), {{official}, {shipped}});
            config.addCatalog(usb);
            config.removeCatalog(official.url);
            config.addTrustedKey(added);
            config.removeTrustedKey(shipped.keyId());
            config.setAvoidMeteredDownloads(true);
            QVERIFY(config.save().ok());
        }
        CatalogConfig reloaded(dir.path(), {{official}, {shipped}});
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.catalogs(), QList<CatalogSource>{usb});
        QCOMPARE(reloaded.trustedKeys().keys().size(), 1);
        QCOMPARE(reloaded.trustedKeys().keys().first().name, QStringLiteral("Local hub"));
        QVERIFY(!reloaded.trustedKeys().find(shipped.keyId()));
        QVERIFY(reloaded.avoidMeteredDownloads());

        // A default the user removed comes back when added again.
        reloaded.addCatalog(official);
        reloaded.addTrustedKey(shipped);
        QCOMPARE(reloaded.catalogs().size(), 2);
        QVERIFY(reloaded.trustedKeys().find(shipped.keyId()).has_value());
    }

    void damagedFileIsAnError()
    {
        oht::test::TempDataDir dir;
        CatalogConfig config(dir.path(), {});
        QFile file(config.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QCOMPARE(config.load().error().code, "catalog.config-damaged");
    }
};

QTEST_GUILESS_MAIN(TestCatalogConfig)
#include "tst_catalogconfig.moc"
