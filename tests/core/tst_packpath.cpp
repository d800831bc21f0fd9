#include "oht/core/packpath.h"

#include <QTest>

class TestPackPath : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("simple") << "pack.json" << true;
        QTest::newRow("nested") << "lessons/intro.md" << true;
        QTest::newRow("unicode") << QString::fromUtf8("media/café.png") << true;
        QTest::newRow("directory entry") << "lessons/" << true;
        QTest::newRow("dotdot") << "../evil.txt" << false;
        QTest::newRow("inner dotdot") << "a/../../evil.txt" << false;
        QTest::newRow("dot") << "./a.md" << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("backslash") << "a\\..\\win.txt" << false;
        QTest::newRow("drive letter") << "C:/windows/x" << false;
        QTest::newRow("colon") << "a/b:c" << false;
        QTest::newRow("control char") << QString("a\x01"
                                                 "b.md")
                                      << false;
        QTest::newRow("newline") << "a\nb.md" << false;
        QTest::newRow("empty segment") << "a//b.md" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("too long") << QString(1100, 'a') << false;
        QTest::newRow("replacement char") << QString::fromUtf8("bad\xEF\xBF\xBD.md") << false;
    }
    void rules()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QString reason;
        QCOMPARE(oht::isSafePackPath(path, &reason), safe);
        QCOMPARE(reason.isEmpty(), safe);
    }

    void collisionKeys()
    {
        const QString nfc = QString::fromUtf8("caf\xC3\xA9.md");
        const QString nfd = QString::fromUtf8("cafe\xCC\x81.md");
        QVERIFY(nfc != nfd);
        QCOMPARE(oht::packPathCollisionKey(nfc), oht::packPathCollisionKey(nfd));
        QCOMPARE(oht::packPathCollisionKey("Lessons/A.md"),
                 oht::packPathCollisionKey("lessons/a.md"));
        QVERIFY(oht::packPathCollisionKey("a.md") != oht::packPathCollisionKey("b.md"));
    }
};

QTEST_GUILESS_MAIN(TestPackPath)
#include "tst_packpath.moc"
