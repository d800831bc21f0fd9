#include "oht/core/datadir.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

class TestDataDir : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
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
        qunsetenv("OHT_DATA_DIR");
        QCOMPARE(oht::resolveDataDir("rel"), QDir::current().absoluteFilePath("rel"));
    }
    void platformDefault()
    {
        qunsetenv("OHT_DATA_DIR");
        QCOMPARE(oht::resolveDataDir(QString()),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
