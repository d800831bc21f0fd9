#include "oht/quiz/response.h"

#include <QJsonArray>
#include <QTest>

using oht::quiz::Response;
Q_DECLARE_METATYPE(Response)

class TestResponse : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Response>("response");
        Response choices;
        choices.choices = {"a", "c"};
        Response truth;
        truth.truth = false;
        Response number;
        number.number = -2.5;
        Response text;
        text.text = QString::fromUtf8("Café  au lait");
        Response order;
        order.order = {"3", "1", "2"};
        Response matches;
        matches.matches = {{"p1", "p2"}, {"p2", "p1"}};
        QTest::newRow("choices") << choices;
        QTest::newRow("truth false") << truth;
        QTest::newRow("number") << number;
        QTest::newRow("text") << text;
        QTest::newRow("order") << order;
        QTest::newRow("matches") << matches;
        QTest::newRow("empty") << Response{};
    }
    void roundTrip()
    {
        QFETCH(Response, response);
        QCOMPARE(Response::fromJson(response.toJson()), response);
    }

    void emptiness()
    {
        QVERIFY(Response{}.isEmpty());
        Response blank;
        blank.text = "   ";
        QVERIFY(blank.isEmpty());
        Response f;
        f.truth = false; // "false" is an answer, not an absence of one
        QVERIFY(!f.isEmpty());
        Response zero;
        zero.number = 0;
        QVERIFY(!zero.isEmpty());
    }

    void fromJsonIgnoresWrongTypes()
    {
        const QJsonObject o{{"choices", QJsonArray{1, "a"}}, {"truth", "yes"}, {"number", "3"}};
        const Response r = Response::fromJson(o);
        QCOMPARE(r.choices, QStringList{"a"});
        QVERIFY(!r.truth);
        QVERIFY(!r.number);
    }
};

QTEST_GUILESS_MAIN(TestResponse)
#include "tst_response.moc"
