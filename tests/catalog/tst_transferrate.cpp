#include "transferrate.h"

#include <QTest>

using namespace oht::catalog;

class TestTransferRate : public QObject
{
    Q_OBJECT

private slots:
    void unknownWithoutTwoSamples()
    {
        TransferRate rate;
        QCOMPARE(rate.etaSeconds(100), -1);
        rate.addSample(0, 0);
        QCOMPARE(rate.etaSeconds(100), -1);
        QCOMPARE(rate.etaSeconds(0), 0);
    }

    void steadyRate()
    {
        TransferRate rate;
        for (int i = 0; i <= 10; ++i)
            rate.addSample(i * 1000, i * 1'000'000); // 1 MB/s
        QCOMPARE(rate.bytesPerSecond(), 1'000'000.0);
        QCOMPARE(rate.etaSeconds(30'000'000), 30);
        QCOMPARE(rate.etaSeconds(1), 1); // rounds up: never "0 s left" before the end
    }

    void followsAChangeWithinTheWindow()
    {
        TransferRate rate(5000);
        for (int i = 0; i <= 10; ++i)
            rate.addSample(i * 1000, i * 1'000'000);
        // The connection slows to 100 kB/s: after a window the estimate follows.
        qint64 bytes = 10'000'000;
        for (int i = 11; i <= 20; ++i)
            rate.addSample(i * 1000, bytes += 100'000);
        QCOMPARE(rate.bytesPerSecond(), 100'000.0);
        QCOMPARE(rate.etaSeconds(1'000'000), 10);
    }

    void stalledIsUnknown()
    {
        TransferRate rate(2000);
        rate.addSample(0, 500);
        rate.addSample(3000, 500);
        rate.addSample(6000, 500);
        QCOMPARE(rate.etaSeconds(100), -1);
    }
};

QTEST_GUILESS_MAIN(TestTransferRate)
#include "tst_transferrate.moc"
