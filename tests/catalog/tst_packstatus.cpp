#include "oht/catalog/packstatus.h"
#include "oht/core/appinfo.h"

#include <QTest>

using namespace oht;
using namespace oht::catalog;

Q_DECLARE_METATYPE(PackAvailability)

class TestPackStatus : public QObject
{
    Q_OBJECT

private slots:
    void availability_data()
    {
        QTest::addColumn<QString>("installed");
        QTest::addColumn<PackAvailability>("expected");
        QTest::newRow("not installed") << QString() << PackAvailability::NotInstalled;
        QTest::newRow("same version") << "1.2.0" << PackAvailability::Installed;
        QTest::newRow("older installed") << "1.1.9" << PackAvailability::UpdateAvailable;
        QTest::newRow("pre-release installed")
            << "1.2.0-beta.1" << PackAvailability::UpdateAvailable;
        QTest::newRow("newer installed") << "2.0.0" << PackAvailability::NewerInstalled;
    }
    void availability()
    {
        QFETCH(QString, installed);
        QFETCH(PackAvailability, expected);
        Catalog catalog;
        CatalogEntry entry;
        entry.id = QStringLiteral("org.example.p");
        entry.version = SemVer(1, 2, 0);
        catalog.packs << entry;
        QList<library::PackSummary> library;
        if (!installed.isEmpty()) {
            library::PackSummary pack;
            pack.id = entry.id;
            pack.version = installed;
            library << pack;
        }
        const auto statuses = PackStatus::of(catalog, library);
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses.first().availability, expected);
        QCOMPARE(statuses.first().installedVersion, installed);
    }

    void needsNewerApp()
    {
        Catalog catalog;
        CatalogEntry entry;
        entry.id = QStringLiteral("org.example.p");
        entry.version = SemVer(1, 0, 0);
        entry.minAppVersion = SemVer(appVersion().major() + 1, 0, 0);
        catalog.packs << entry;
        entry.id = QStringLiteral("org.example.q");
        entry.minAppVersion = appVersion();
        catalog.packs << entry;
        const auto statuses = PackStatus::of(catalog, {});
        QVERIFY(statuses.at(0).needsNewerApp);
        QVERIFY(!statuses.at(1).needsNewerApp);
    }
};

QTEST_GUILESS_MAIN(TestPackStatus)
#include "tst_packstatus.moc"
