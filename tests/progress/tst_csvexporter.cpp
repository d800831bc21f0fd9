#include "oht/progress/csvexporter.h"
#include "oht/progress/profilestore.h"
#include "recordbuilder.h"

#include <QTest>

using namespace oht;
using namespace oht::progress;

namespace {

/// A minimal RFC 4180 reader, to check that what we write reads back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "abc"
                               << "abc";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("only a quote") << "\""
                                      << "\"\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("spaces kept") << " a "
                                     << " a ";
        QTest::newRow("unicode") << "Zoë 学习"
                                 << "Zoë 学习";
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvExporter::field(value), written);
    }

    void textField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Ana"
                               << "Ana";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                                 << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-1"
                               << "'-1";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
    }

    void textField()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvExporter::textField(value), written);
    }

    void rowEndsWithCrLf()
    {
        QCOMPARE(CsvExporter::row({QStringLiteral("a"), QString(), QStringLiteral("\"b\"")}),
                 QByteArray("a,,\"b\"\r\n"));
    }

    void exportOneRowPerEvent()
    {
        test::ProgressFixture f;
        QVERIFY(f.install(test::ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 id = test::buildSampleRecord(f, clock, QStringLiteral("Zoë, \"Z\""));
        auto csv = CsvExporter(*f.db).exportCsv(id);
        QVERIFY(csv.ok());
        QVERIFY(csv->endsWith("\r\n"));
        const auto rows = parseCsv(QString::fromUtf8(*csv));
        QCOMPARE(rows.size(), 12); // header + 11 events
        QCOMPARE(rows[0], CsvExporter::header());
        const int columns = int(CsvExporter::header().size());
        QMap<QString, int> kinds;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), columns);
            QCOMPARE(rows[i][1], QStringLiteral("Zoë, \"Z\""));
            QCOMPARE(rows[i][2], QStringLiteral("org.example.course"));
            ++kinds[rows[i][5]];
        }
        QCOMPARE(kinds.value("opened"), 2);
        QCOMPARE(kinds.value("active-time"), 1);
        QCOMPARE(kinds.value("completed"), 1);
        QCOMPARE(kinds.value("answered"), 6);
        QCOMPARE(kinds.value("passed"), 1);
        for (const QStringList &r : rows) {
            if (r[5] == QLatin1String("passed")) {
                QCOMPARE(r[11], QStringLiteral("80"));
                QCOMPARE(r[12], QStringLiteral("true"));
                QCOMPARE(r[7], QStringLiteral("1.0.0"));
            } else if (r[5] == QLatin1String("answered")) {
                QVERIFY(r[4].startsWith(QLatin1Char('q')));
                QVERIFY(r[14].startsWith(QLatin1String("{\"choices\":[")));
            } else if (r[5] == QLatin1String("completed")) {
                QCOMPARE(r[13], QStringLiteral("end"));
            } else if (r[5] == QLatin1String("active-time")) {
                QCOMPARE(r[8], QStringLiteral("90"));
            }
        }
    }

    void unknownProfile()
    {
        test::ProgressFixture f;
        QCOMPARE(CsvExporter(*f.db).exportCsv(5).error().code,
                 QStringLiteral("progress.unknown-profile"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
