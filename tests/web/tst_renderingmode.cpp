#include "oht/web/renderingmode.h"

#include <QTest>

using oht::web::RenderingMode;

class TestRenderingMode : public QObject
{
    Q_OBJECT

private slots:
    void choose_data()
    {
        QTest::addColumn<QStringList>("environment"); // NAME=value entries
        QTest::addColumn<bool>("software");
        QTest::addColumn<QByteArray>("quickBackend");
        QTest::addColumn<QByteArray>("chromiumFlags");
        QTest::newRow("nothing set: software")
            << QStringList{} << true << QByteArray("software") << QByteArray("--disable-gpu");
        QTest::newRow("hardware asked")
            << QStringList{"OHT_HARDWARE_RENDERING=1"} << false << QByteArray() << QByteArray();
        QTest::newRow("hardware=0 is not asking")
            << QStringList{"OHT_HARDWARE_RENDERING=0"} << true << QByteArray("software")
            << QByteArray("--disable-gpu");
        QTest::newRow("user's Quick backend kept") << QStringList{"QT_QUICK_BACKEND=opengl"} << true
                                                   << QByteArray() << QByteArray("--disable-gpu");
        QTest::newRow("user's Chromium flags kept, switch appended")
            << QStringList{"QTWEBENGINE_CHROMIUM_FLAGS=--lang=es"} << true << QByteArray("software")
            << QByteArray("--lang=es --disable-gpu");
        QTest::newRow("switch already there")
            << QStringList{"QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --lang=es"} << true
            << QByteArray("software") << QByteArray();
        QTest::newRow("a longer switch is not the same")
            << QStringList{"QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu-compositing"} << true
            << QByteArray("software") << QByteArray("--disable-gpu-compositing --disable-gpu");
    }
    void choose()
    {
        QFETCH(QStringList, environment);
        QFETCH(bool, software);
        QFETCH(QByteArray, quickBackend);
        QFETCH(QByteArray, chromiumFlags);
        QProcessEnvironment env;
        for (const QString &entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        const RenderingMode mode = RenderingMode::choose(env);
        QCOMPARE(mode.software, software);
        QCOMPARE(mode.quickBackend, quickBackend);
        QCOMPARE(mode.chromiumFlags, chromiumFlags);
    }

    void appliesToTheProcess()
    {
        qunsetenv("OHT_HARDWARE_RENDERING");
        qunsetenv("QT_QUICK_BACKEND");
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--lang=es");
        QVERIFY(RenderingMode::applyToProcess().software);
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), QByteArray("software"));
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--lang=es --disable-gpu"));
        // A second call changes nothing.
        RenderingMode::applyToProcess();
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--lang=es --disable-gpu"));
    }
};

QTEST_GUILESS_MAIN(TestRenderingMode)
#include "tst_renderingmode.moc"
