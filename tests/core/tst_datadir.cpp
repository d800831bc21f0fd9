#include "oht/core/datadir.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool touch(const QString &path)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly);
}

} // namespace

class TestDataDir : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        qunsetenv("OHT_DATA_DIR");
        qunsetenv("APPIMAGE");
    }
    void cleanupTestCase()
    {
        qunsetenv("OHT_DATA_DIR");
        qunsetenv("APPIMAGE");
    }

    void explicitWins()
    {
        qputenv("OHT_DATA_DIR", "/tmp/from-env");
        QCOMPARE(oht::resolveDataDir("/tmp/explicit"), QString("/tmp/explicit"));
    }
    void environmentNext()
    {
        qputenv("OHT_DATA_DIR", "/tmp/from-env");
        QCOMPARE(oht::resolveDataDir(QString()), QString("/tmp/from-env"));
    }
    void relativeMadeAbsolute()
    {
        QCOMPARE(oht::resolveDataDir("rel"), QDir::current().absoluteFilePath("rel"));
    }
    void platformDefault()
    {
        QCOMPARE(oht::resolveDataDir(QString()),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }

    // The whole decision as both executables make it: --data-dir > portable (marker
    // or --portable) > OHT_DATA_DIR > platform default.
    void precedence_data()
    {
        QTest::addColumn<QString>("explicitDir");
        QTest::addColumn<bool>("marker");
        QTest::addColumn<bool>("flag");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("expected"); // "explicit", "portable", "env", "platform"

        QTest::newRow("nothing") << "" << false << false << ""
                                 << "platform";
        QTest::newRow("env only") << "" << false << false << "/tmp/env"
                                  << "env";
        QTest::newRow("marker") << "" << true << false << ""
                                << "portable";
        QTest::newRow("flag") << "" << false << true << ""
                              << "portable";
        QTest::newRow("marker and flag") << "" << true << true << ""
                                         << "portable";
        QTest::newRow("marker beats env") << "" << true << false << "/tmp/env"
                                          << "portable";
        QTest::newRow("flag beats env") << "" << false << true << "/tmp/env"
                                        << "portable";
        QTest::newRow("explicit beats marker") << "/tmp/x" << true << false << ""
                                               << "explicit";
        QTest::newRow("explicit beats flag") << "/tmp/x" << false << true << ""
                                             << "explicit";
        QTest::newRow("explicit beats all") << "/tmp/x" << true << true << "/tmp/env"
                                            << "explicit";
    }
    void precedence()
    {
        QFETCH(QString, explicitDir);
        QFETCH(bool, marker);
        QFETCH(bool, flag);
        QFETCH(QString, env);
        QFETCH(QString, expected);

        QTemporaryDir app;
        QVERIFY(app.isValid());
        if (marker)
            QVERIFY(touch(app.filePath("portable")));
        if (!env.isEmpty())
            qputenv("OHT_DATA_DIR", env.toUtf8());

        const QString resolved =
            oht::resolveDataDir(explicitDir, oht::portableDataDir(app.path(), flag));
        const QString want =
            expected == "explicit"   ? explicitDir
            : expected == "portable" ? QDir(app.path()).filePath("data")
            : expected == "env"      ? env
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(resolved, want);
    }

    // What counts as a marker in the executable's folder.
    void marker_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isDir");
        QTest::addColumn<bool>("portable");

        QTest::newRow("no marker") << "" << false << false;
        QTest::newRow("portable") << "portable" << false << true;
        QTest::newRow("portable.txt (Windows hides .txt)") << "portable.txt" << false << true;
        QTest::newRow("a folder named portable") << "portable" << true << false;
        QTest::newRow("another name") << "portable.bak" << false << false;
        QTest::newRow("marker one level down") << "bin/portable" << false << false;
    }
    void marker()
    {
        QFETCH(QString, file);
        QFETCH(bool, isDir);
        QFETCH(bool, portable);

        QTemporaryDir app;
        QVERIFY(app.isValid());
        if (!file.isEmpty()) {
            if (isDir)
                QVERIFY(QDir().mkpath(app.filePath(file)));
            else
                QVERIFY(touch(app.filePath(file)));
        }
        const QString dir = oht::portableDataDir(app.path(), false);
        QCOMPARE(dir, portable ? QDir(app.path()).filePath("data") : QString());
    }

    void noApplicationDirIsNotPortable()
    {
        QCOMPARE(oht::portableDataDir(QString(), false), QString());
    }

    void macBundleKeepsDataBesideTheBundle()
    {
        QTemporaryDir stick;
        QVERIFY(stick.isValid());
        const QString exeDir = stick.filePath("HealthTech Toolkit.app/Contents/MacOS");
        QVERIFY(QDir().mkpath(exeDir));
        QCOMPARE(oht::portableDataDir(exeDir, false), QString());
        QVERIFY(touch(stick.filePath("portable")));
        QCOMPARE(oht::portableDataDir(exeDir, false), QDir(stick.path()).filePath("data"));
        QCOMPARE(oht::portableDataDir(exeDir, true), QDir(stick.path()).filePath("data"));
    }

    void appImageUsesTheFolderOfTheAppImageFile()
    {
        QTemporaryDir stick;
        QTemporaryDir mount; // where the AppImage runtime mounts the executable
        QVERIFY(stick.isValid() && mount.isValid());
        QVERIFY(touch(stick.filePath("HealthTech_Toolkit-x86_64.AppImage")));
        qputenv("APPIMAGE", stick.filePath("HealthTech_Toolkit-x86_64.AppImage").toUtf8());
        QCOMPARE(oht::portableDataDir(mount.path(), false), QString());
        // A marker inside the (read-only) mount does not count; one beside the file does.
        QVERIFY(touch(mount.filePath("portable")));
        QCOMPARE(oht::portableDataDir(mount.path(), false), QString());
        QVERIFY(touch(stick.filePath("portable")));
        QCOMPARE(oht::portableDataDir(mount.path(), false), QDir(stick.path()).filePath("data"));
    }

    void qtUserSettingsFollowTheDataDir()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        oht::keepUserSettingsIn(data.path());
        // The form Qt's own widgets use (QFileDialog keeps its history under QtProject).
        QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
        QVERIFY2(qt.fileName().startsWith(QDir(data.path()).filePath("settings") + "/"),
                 qPrintable(qt.fileName()));
        qt.setValue("probe", 1);
        qt.sync();
        QVERIFY(QFileInfo::exists(qt.fileName()));
        QSettings app(QStringLiteral("OneHealthTech"), QStringLiteral("HealthTechToolkit"));
        QVERIFY2(app.fileName().startsWith(QDir(data.path()).filePath("settings") + "/"),
                 qPrintable(app.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
