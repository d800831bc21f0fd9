#include "oht/ui/launchoptions.h"
#include "tempdatadir.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using oht::ui::LaunchOptions;

class tst_LaunchOptions : public QObject
{
    Q_OBJECT
private slots:
    void parsesGoodLines()
    {
        oht::test::TempDataDir dir;
        const QString pack = dir.filePath(QStringLiteral("course.ohtpack"));
        QFile file(pack);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto options = LaunchOptions::parse(
            {"oht-toolkit", "--data-dir", "/tmp/lib", "--open", "org.x.y/intro", pack});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.dataDir, QStringLiteral("/tmp/lib"));
        QCOMPARE(options.openTarget, QStringLiteral("org.x.y/intro"));
        QCOMPARE(options.packFiles, QStringList{pack});
        QVERIFY(!options.benchmark);
    }

    void acceptsTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("ok");
        QTest::newRow("pack") << "org.onehealthtech.starter" << true;
        QTest::newRow("pack and item") << "org.onehealthtech.starter/using-the-app" << true;
        QTest::newRow("upper-case pack id") << "Org.X" << false;
        QTest::newRow("path traversal") << "org.x.y/../../etc" << false;
        QTest::newRow("two slashes") << "org.x.y/a/b" << false;
        QTest::newRow("url") << "https://example.org" << false;
    }
    void acceptsTargets()
    {
        QFETCH(QString, target);
        QFETCH(bool, ok);
        const auto options = LaunchOptions::parse({"oht-toolkit", "--open", target});
        QCOMPARE(options.error.isEmpty(), ok);
    }

    void refusesMissingFile()
    {
        const auto options = LaunchOptions::parse({"oht-toolkit", "/no/such/course.ohtpack"});
        QVERIFY(options.error.contains(QStringLiteral("/no/such/course.ohtpack")));
        QVERIFY(options.packFiles.isEmpty());
    }

    void refusesUnknownOption()
    {
        const auto options = LaunchOptions::parse({"oht-toolkit", "--frobnicate"});
        QVERIFY(options.error.contains(QStringLiteral("frobnicate")));
    }

    void benchmarkSwitch()
    {
        QVERIFY(LaunchOptions::parse({"oht-toolkit", "--benchmark-startup"}).benchmark);
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("help");
        QTest::newRow("--help") << "--help" << true;
        QTest::newRow("-h") << "-h" << true;
        QTest::newRow("--version") << "--version" << false;
        QTest::newRow("-v") << "-v" << false;
    }
    void helpAndVersion()
    {
        QFETCH(QString, argument);
        QFETCH(bool, help);
        const auto options = LaunchOptions::parse({"oht-toolkit", argument});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.showHelp, help);
        QCOMPARE(options.showVersion, !help);
        for (const char *option : {"--data-dir", "--open", "--portable"})
            QVERIFY2(options.helpText.contains(QLatin1String(option)), option);
        // hidden from the help: switches for tests and benchmarks
        QVERIFY(!options.helpText.contains(QLatin1String("--smoke-test")));
        QVERIFY(!options.helpText.contains(QLatin1String("--benchmark-startup")));
    }

    void portableAndSmokeTestSwitches()
    {
        const auto plain = LaunchOptions::parse({"oht-toolkit"});
        QVERIFY(!plain.portable);
        QVERIFY(!plain.smokeTest);
        const auto options = LaunchOptions::parse({"oht-toolkit", "--portable", "--smoke-test"});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QVERIFY(options.portable);
        QVERIFY(options.smokeTest);
    }

    void preview_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::newRow("a folder") << QStringLiteral(OHT_SOURCE_DIR "/resources/packs/starter")
                                  << true;
        QTest::newRow("a file") << QStringLiteral(OHT_SOURCE_DIR
                                                  "/resources/packs/starter/pack.json")
                                << false;
        QTest::newRow("missing") << QStringLiteral("/nonexistent/pack-source") << false;
    }
    void preview()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        const auto options = LaunchOptions::parse({"oht-toolkit", "--preview", path});
        QCOMPARE(options.error.isEmpty(), ok);
        QCOMPARE(options.previewDir, ok ? QFileInfo(path).absoluteFilePath() : QString());
        if (!ok)
            QVERIFY2(options.error.contains(path), qPrintable(options.error));
        QVERIFY(LaunchOptions::parse({"oht-toolkit"}).previewDir.isEmpty());
    }
};

QTEST_MAIN(tst_LaunchOptions)
#include "tst_launchoptions.moc"
