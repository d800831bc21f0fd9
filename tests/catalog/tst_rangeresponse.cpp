#include "rangeresponse.h"

#include <QTest>

using namespace oht::catalog;

Q_DECLARE_METATYPE(RangeDecision::Action)

class TestRangeResponse : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<qint64>("contentLength");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QByteArray>("validator");
        QTest::addColumn<RangeDecision::Action>("action");
        const qint64 size = 1000;
        Q_UNUSED(size);
        QTest::newRow("first request, 200") << 200 << QByteArray("\"a\"") << QByteArray() << 1000LL
                                            << 0LL << QByteArray() << RangeDecision::Truncate;
        QTest::newRow("200 of another size") << 200 << QByteArray("\"a\"") << QByteArray() << 999LL
                                             << 0LL << QByteArray() << RangeDecision::Fail;
        QTest::newRow("200 ignoring the range")
            << 200 << QByteArray("\"a\"") << QByteArray() << 1000LL << 400LL << QByteArray("\"a\"")
            << RangeDecision::Truncate;
        QTest::newRow("200 after If-Range mismatch")
            << 200 << QByteArray("\"b\"") << QByteArray() << 1000LL << 400LL << QByteArray("\"a\"")
            << RangeDecision::Truncate;
        QTest::newRow("206 from the offset")
            << 206 << QByteArray("\"a\"") << QByteArray("bytes 400-999/1000") << 600LL << 400LL
            << QByteArray("\"a\"") << RangeDecision::Append;
        QTest::newRow("206, no validator kept")
            << 206 << QByteArray("\"a\"") << QByteArray("bytes 400-999/1000") << 600LL << 400LL
            << QByteArray() << RangeDecision::Append;
        QTest::newRow("206, unknown total")
            << 206 << QByteArray("\"a\"") << QByteArray("bytes 400-999/*") << 600LL << 400LL
            << QByteArray("\"a\"") << RangeDecision::Append;
        QTest::newRow("206 from elsewhere")
            << 206 << QByteArray("\"a\"") << QByteArray("bytes 0-999/1000") << 1000LL << 400LL
            << QByteArray("\"a\"") << RangeDecision::Restart;
        QTest::newRow("206 with a changed ETag")
            << 206 << QByteArray("\"b\"") << QByteArray("bytes 400-999/1000") << 600LL << 400LL
            << QByteArray("\"a\"") << RangeDecision::Restart;
        QTest::newRow("206 without Content-Range")
            << 206 << QByteArray("\"a\"") << QByteArray() << 600LL << 400LL << QByteArray("\"a\"")
            << RangeDecision::Restart;
        QTest::newRow("206 malformed Content-Range")
            << 206 << QByteArray("\"a\"") << QByteArray("bytes 999-400/1000") << 600LL << 400LL
            << QByteArray("\"a\"") << RangeDecision::Restart;
        QTest::newRow("206 of another total")
            << 206 << QByteArray("\"a\"") << QByteArray("bytes 400-1199/1200") << 800LL << 400LL
            << QByteArray("\"a\"") << RangeDecision::Fail;
        QTest::newRow("416 when complete")
            << 416 << QByteArray() << QByteArray("bytes */1000") << 0LL << 1000LL
            << QByteArray("\"a\"") << RangeDecision::CheckComplete;
        QTest::newRow("416 mid-file") << 416 << QByteArray() << QByteArray("bytes */300") << 0LL
                                      << 400LL << QByteArray("\"a\"") << RangeDecision::Restart;
        QTest::newRow("404") << 404 << QByteArray() << QByteArray() << 0LL << 0LL << QByteArray()
                             << RangeDecision::Fail;
        QTest::newRow("503") << 503 << QByteArray() << QByteArray() << 0LL << 400LL
                             << QByteArray("\"a\"") << RangeDecision::Fail;
    }
    void decides()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, contentRange);
        QFETCH(qint64, contentLength);
        QFETCH(qint64, offset);
        QFETCH(QByteArray, validator);
        QFETCH(RangeDecision::Action, action);
        const ResponseHead head{status, etag, contentRange, contentLength};
        const RangeDecision decision = RangeResponse::decide(head, offset, 1000, validator);
        QCOMPARE(decision.action, action);
        if (action == RangeDecision::Fail || action == RangeDecision::Restart)
            QVERIFY(!decision.reason.isEmpty());
    }

    void parsesContentRange()
    {
        qint64 start = 0, end = 0, total = 0;
        QVERIFY(RangeResponse::parseContentRange("bytes 5-9/10", &start, &end, &total));
        QCOMPARE(start, 5);
        QCOMPARE(end, 9);
        QCOMPARE(total, 10);
        QVERIFY(RangeResponse::parseContentRange("Bytes 0-0/*", &start, &end, &total));
        QCOMPARE(total, -1);
        QVERIFY(!RangeResponse::parseContentRange("bytes 5-10/10", &start, &end, &total));
        QVERIFY(!RangeResponse::parseContentRange("bytes */10", &start, &end, &total));
        QVERIFY(!RangeResponse::parseContentRange("items 1-2/3", &start, &end, &total));
        QVERIFY(!RangeResponse::parseContentRange("", &start, &end, &total));
    }
};

QTEST_GUILESS_MAIN(TestRangeResponse)
#include "tst_rangeresponse.moc"
