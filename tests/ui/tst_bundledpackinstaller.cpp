#include "oht/library/library.h"
#include "oht/ui/bundledpackinstaller.h"
#include "oht/ui/uisettings.h"
#include "packfactory.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using oht::ui::BundledPackInstaller;

class tst_BundledPackInstaller : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        oht::test::TempDataDir data;
        oht::test::TempDataDir work;
        QString bundleDir = work.filePath(QStringLiteral("bundle"));
        oht::test::PackFactory factory{work.path()};
        std::unique_ptr<oht::library::Library> library;

        Fixture()
        {
            QDir().mkpath(bundleDir);
            auto opened = oht::library::Library::open(data.path());
            if (opened)
                library = std::move(opened.value());
        }
        QString record() const { return data.filePath(QStringLiteral("bundled.ini")); }
        bool bundle(const QString &id, const QString &version)
        {
            const QString built = factory.course(id, QStringLiteral("Course ") + id, version);
            const QString target = QDir(bundleDir).filePath(id + QStringLiteral(".ohtpack"));
            QFile::remove(target);
            return !built.isEmpty() && QFile::copy(built, target);
        }
        oht::ui::BundledInstallSummary run()
        {
            return BundledPackInstaller(*library, record()).install({bundleDir});
        }
        QString installedVersion(const QString &id) const
        {
            const auto pack = library->pack(id);
            return pack ? pack->version : QString();
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void installsOnFirstRunOnly()
    {
        Fixture f;
        QVERIFY(f.library);
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.0.0")));
        QVERIFY(f.bundle(QStringLiteral("org.bundle.two"), QStringLiteral("1.0.0")));
        const auto first = f.run();
        QCOMPARE(first.installed, (QStringList{"org.bundle.one", "org.bundle.two"}));
        QVERIFY(first.failed.isEmpty());
        QCOMPARE(f.installedVersion(QStringLiteral("org.bundle.one")), QStringLiteral("1.0.0"));

        const auto second = f.run();
        QVERIFY(second.installed.isEmpty());
        QVERIFY(second.updated.isEmpty());
        QCOMPARE(second.skipped.size(), 2);
    }

    void neverReinstallsARemovedPack()
    {
        Fixture f;
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.0.0")));
        f.run();
        QVERIFY(f.library->removePack(QStringLiteral("org.bundle.one")).ok());
        const auto again = f.run();
        QVERIFY(again.installed.isEmpty());
        QCOMPARE(f.installedVersion(QStringLiteral("org.bundle.one")), QString());

        // Not even when the app ships a newer version.
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.1.0")));
        const auto newer = f.run();
        QVERIFY(newer.installed.isEmpty());
        QVERIFY(newer.updated.isEmpty());
        QCOMPARE(f.installedVersion(QStringLiteral("org.bundle.one")), QString());
    }

    void updatesToANewerBundledVersion()
    {
        Fixture f;
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.0.0")));
        f.run();
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.2.0")));
        const auto summary = f.run();
        QCOMPARE(summary.updated, QStringList{"org.bundle.one"});
        QCOMPARE(f.installedVersion(QStringLiteral("org.bundle.one")), QStringLiteral("1.2.0"));
    }

    // An app upgrade that ships a newer bundled version updates the course in place:
    // the learner's reading positions and last lesson (keyed by pack and item ids) stay.
    void updateKeepsTheLearnersProgress()
    {
        Fixture f;
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.0.0")));
        QCOMPARE(f.run().installed, QStringList{"org.bundle.one"});
        {
            oht::ui::UiSettings settings(f.data.path());
            settings.setPosition(QStringLiteral("org.bundle.one"), QStringLiteral("details"), 0.6);
            settings.setLastOpened(QStringLiteral("org.bundle.one"), QStringLiteral("details"));
            settings.sync();
        }
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.1.0")));
        QCOMPARE(f.run().updated, QStringList{"org.bundle.one"});
        QCOMPARE(f.installedVersion(QStringLiteral("org.bundle.one")), QStringLiteral("1.1.0"));
        const auto manifest = f.library->manifest(QStringLiteral("org.bundle.one"));
        QVERIFY(manifest);
        QVERIFY(manifest->items().size() > 1);

        oht::ui::UiSettings settings(f.data.path());
        QCOMPARE(settings.position(QStringLiteral("org.bundle.one"), QStringLiteral("details")),
                 0.6);
        QCOMPARE(settings.lastPackId(), QStringLiteral("org.bundle.one"));
        QCOMPARE(settings.lastItemId(), QStringLiteral("details"));
    }

    // The learner imported a newer version than the app ever shipped; a later app
    // version whose bundle is still older must not downgrade it.
    void neverDowngradesAfterTheLearnerUpdated()
    {
        Fixture f;
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.0.0")));
        f.run();
        const QString mine = f.factory.course(QStringLiteral("org.bundle.one"),
                                              QStringLiteral("Mine"), QStringLiteral("2.0.0"));
        QVERIFY(f.library->importPack(mine).ok());
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.5.0")));
        const auto summary = f.run();
        QVERIFY(summary.updated.isEmpty());
        QCOMPARE(summary.skipped, QStringList{"org.bundle.one"});
        QCOMPARE(f.installedVersion(QStringLiteral("org.bundle.one")), QStringLiteral("2.0.0"));
    }

    void leavesANewerInstalledVersionAlone()
    {
        Fixture f;
        const QString newer = f.factory.course(QStringLiteral("org.bundle.one"),
                                               QStringLiteral("Mine"), QStringLiteral("3.0.0"));
        QVERIFY(f.library->importPack(newer).ok());
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.0.0")));
        const auto summary = f.run();
        QVERIFY(summary.installed.isEmpty());
        QCOMPARE(summary.skipped, QStringList{"org.bundle.one"});
        QCOMPARE(f.installedVersion(QStringLiteral("org.bundle.one")), QStringLiteral("3.0.0"));
    }

    void reportsABrokenBundledFileAndGoesOn()
    {
        Fixture f;
        QVERIFY(f.bundle(QStringLiteral("org.bundle.good"), QStringLiteral("1.0.0")));
        QFile broken(QDir(f.bundleDir).filePath(QStringLiteral("aaa-broken.ohtpack")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a zip");
        broken.close();
        const auto summary = f.run();
        QCOMPARE(summary.failed.size(), 1);
        QVERIFY(summary.failed.first().contains(QStringLiteral("aaa-broken.ohtpack")));
        QCOMPARE(summary.installed, QStringList{"org.bundle.good"});
    }

    void firstDirectoryWins()
    {
        Fixture f;
        QVERIFY(f.bundle(QStringLiteral("org.bundle.one"), QStringLiteral("1.0.0")));
        const QString second = f.work.filePath(QStringLiteral("installed"));
        QDir().mkpath(second);
        QVERIFY(QFile::copy(QDir(f.bundleDir).filePath(QStringLiteral("org.bundle.one.ohtpack")),
                            QDir(second).filePath(QStringLiteral("copy.ohtpack"))));
        const auto summary =
            BundledPackInstaller(*f.library, f.record()).install({f.bundleDir, second});
        QCOMPARE(summary.installed, QStringList{"org.bundle.one"});
        QVERIFY(summary.skipped.isEmpty());
    }

    void defaultDirectories()
    {
        const QStringList dirs =
            BundledPackInstaller::defaultPackDirs(QStringLiteral("/opt/app/bin"));
        QStringList expected{"/opt/app/packs", "/opt/app/share/oht-toolkit/packs"};
#ifdef Q_OS_MACOS
        expected.append("/opt/app/Resources/packs");
#endif
        QCOMPARE(dirs, expected);
    }
};

QTEST_MAIN(tst_BundledPackInstaller)
#include "tst_bundledpackinstaller.moc"
