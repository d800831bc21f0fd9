#include "oht/web/packscheme.h"

#include <QTest>

using namespace oht::web;

class TestPackScheme : public QObject
{
    Q_OBJECT

private slots:
    void packUrlRoundTrips_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("url");
        QTest::newRow("lesson") << "org.example.a"
                                << "lessons/intro.md"
                                << ""
                                << "oht-pack://org.example.a/lessons/intro.md";
        QTest::newRow("fragment") << "org.example.a"
                                  << "lessons/intro.md"
                                  << "part-2"
                                  << "oht-pack://org.example.a/lessons/intro.md#part-2";
        QTest::newRow("space") << "org.example.a"
                               << "media/my image.png"
                               << ""
                               << "oht-pack://org.example.a/media/my%20image.png";
        QTest::newRow("unicode") << "org.example.a"
                                 << "lecciones/información.md"
                                 << ""
                                 << "oht-pack://org.example.a/lecciones/informaci%C3%B3n.md";
        QTest::newRow("hash in name") << "org.example.a"
                                      << "media/c#.txt"
                                      << ""
                                      << "oht-pack://org.example.a/media/c%23.txt";
    }
    void packUrlRoundTrips()
    {
        QFETCH(QString, packId);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        QFETCH(QString, url);
        const QUrl built = packUrl(packId, path, fragment);
        QCOMPARE(built.toString(QUrl::FullyEncoded), url);
        const PackLocation location = packLocation(built);
        QVERIFY(location.isValid());
        QCOMPARE(location.packId, packId);
        QCOMPARE(location.path, path);
        QCOMPARE(location.fragment, fragment);
    }

    void refusesWhatIsNotAPackFile_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << "http://org.example.a/lessons/a.md";
        QTest::newRow("file") << "file:///etc/hostname";
        QTest::newRow("no host") << "oht-pack:///lessons/a.md";
        QTest::newRow("query") << "oht-pack://org.example.a/lessons/a.md?x=1";
        QTest::newRow("user info") << "oht-pack://me@org.example.a/a.md";
        QTest::newRow("port") << "oht-pack://org.example.a:80/a.md";
        QTest::newRow("encoded dot-dot") << "oht-pack://org.example.a/lessons/%2e%2e/%2e%2e/x";
        QTest::newRow("encoded backslash") << "oht-pack://org.example.a/lessons%5C..%5Cx";
        QTest::newRow("encoded control") << "oht-pack://org.example.a/a%01b";
        QTest::newRow("empty segment") << "oht-pack://org.example.a/a//b";
    }
    void refusesWhatIsNotAPackFile()
    {
        QFETCH(QString, url);
        QVERIFY(!packLocation(QUrl(url)).isValid());
    }

    void originItselfHasEmptyPath()
    {
        const PackLocation location =
            packLocation(QUrl(QStringLiteral("oht-pack://org.example.a")));
        QVERIFY(location.isValid());
        QVERIFY(location.path.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestPackScheme)
#include "tst_packscheme.moc"
