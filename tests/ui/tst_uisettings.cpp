#include "oht/ui/uisettings.h"
#include "tempdatadir.h"

#include <QStandardPaths>
#include <QTest>

using oht::ui::UiSettings;

class tst_UiSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void persistsAcrossInstances()
    {
        oht::test::TempDataDir dir;
        {
            UiSettings settings(dir.path());
            settings.setZoomFactor(1.5);
            settings.setLastOpened(QStringLiteral("org.a.b"), QStringLiteral("intro"));
            settings.setPosition(QStringLiteral("org.a.b"), QStringLiteral("intro"), 0.4);
            settings.setWindowGeometry("geometry-bytes");
            settings.sync();
        }
        UiSettings again(dir.path());
        QCOMPARE(again.zoomFactor(), 1.5);
        QCOMPARE(again.lastPackId(), QStringLiteral("org.a.b"));
        QCOMPARE(again.lastItemId(), QStringLiteral("intro"));
        QCOMPARE(again.position(QStringLiteral("org.a.b"), QStringLiteral("intro")), 0.4);
        QCOMPARE(again.windowGeometry(), QByteArray("geometry-bytes"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("settings.ini"))));
    }

    void rejectsUnreadableZoom_data()
    {
        QTest::addColumn<double>("stored");
        QTest::addColumn<double>("expected");
        QTest::newRow("normal") << 2.0 << 2.0;
        QTest::newRow("too small") << 0.01 << 1.0;
        QTest::newRow("too large") << 50.0 << 1.0;
    }
    void rejectsUnreadableZoom()
    {
        QFETCH(double, stored);
        QFETCH(double, expected);
        oht::test::TempDataDir dir;
        UiSettings settings(dir.path());
        settings.setZoomFactor(stored);
        QCOMPARE(settings.zoomFactor(), expected);
    }

    void clampsPositions_data()
    {
        QTest::addColumn<double>("stored");
        QTest::addColumn<double>("expected");
        QTest::newRow("inside") << 0.25 << 0.25;
        QTest::newRow("negative") << -3.0 << 0.0;
        QTest::newRow("beyond the end") << 7.0 << 1.0;
    }
    void clampsPositions()
    {
        QFETCH(double, stored);
        QFETCH(double, expected);
        oht::test::TempDataDir dir;
        UiSettings settings(dir.path());
        settings.setPosition(QStringLiteral("p.q.r"), QStringLiteral("x"), stored);
        QCOMPARE(settings.position(QStringLiteral("p.q.r"), QStringLiteral("x")), expected);
    }

    void forgetsARemovedPack()
    {
        oht::test::TempDataDir dir;
        UiSettings settings(dir.path());
        settings.setPosition(QStringLiteral("org.gone"), QStringLiteral("a"), 0.5);
        settings.setPosition(QStringLiteral("org.kept"), QStringLiteral("a"), 0.7);
        settings.setLastOpened(QStringLiteral("org.gone"), QStringLiteral("a"));
        settings.forgetPack(QStringLiteral("org.gone"));
        QCOMPARE(settings.position(QStringLiteral("org.gone"), QStringLiteral("a")), 0.0);
        QCOMPARE(settings.position(QStringLiteral("org.kept"), QStringLiteral("a")), 0.7);
        QCOMPARE(settings.lastPackId(), QString());
    }

    void keepsLibrariesApart()
    {
        oht::test::TempDataDir one;
        oht::test::TempDataDir two;
        UiSettings(one.path()).setZoomFactor(2.0);
        QCOMPARE(UiSettings(two.path()).zoomFactor(), 1.0);
    }
};

QTEST_MAIN(tst_UiSettings)
#include "tst_uisettings.moc"
