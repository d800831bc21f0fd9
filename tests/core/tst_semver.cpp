#include "oht/core/semver.h"

#include <QTest>

using oht::SemVer;

class TestSemVer : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "1.2.3" << true;
        QTest::newRow("zeros") << "0.0.0" << true;
        QTest::newRow("prerelease") << "1.0.0-alpha.1" << true;
        QTest::newRow("build") << "1.0.0+20261125" << true;
        QTest::newRow("two parts") << "1.2" << false;
        QTest::newRow("leading zero") << "01.2.3" << false;
        QTest::newRow("v prefix") << "v1.2.3" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("huge") << "99999999999.0.0" << false;
        QTest::newRow("spaces") << " 1.2.3" << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto v = SemVer::parse(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(v->toString(), text);
    }

    void order_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        // The precedence chain given as an example in the SemVer 2.0.0 spec.
        const QStringList chain{"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
                                "1.0.0-beta",  "1.0.0-beta.2",  "1.0.0-beta.11",
                                "1.0.0-rc.1",  "1.0.0",         "1.0.1",
                                "1.1.0",       "2.0.0",         "10.0.0"};
        for (int i = 0; i + 1 < chain.size(); ++i)
            QTest::newRow(qPrintable(chain[i] + " < " + chain[i + 1])) << chain[i] << chain[i + 1];
    }
    void order()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        const SemVer a = *SemVer::parse(lower), b = *SemVer::parse(higher);
        QVERIFY(a < b);
        QVERIFY(b > a);
        QVERIFY(a != b);
    }

    void buildMetadataIgnoredInOrder()
    {
        QVERIFY(*SemVer::parse("1.0.0+a") == *SemVer::parse("1.0.0+b"));
    }
};

QTEST_GUILESS_MAIN(TestSemVer)
#include "tst_semver.moc"
