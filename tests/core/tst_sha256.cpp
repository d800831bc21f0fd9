#include "oht/core/sha256.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

using oht::Sha256;

class tst_Sha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        // FIPS 180-2 examples and the empty message.
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb924"
                                             "27ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223"
                                           "b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67"
                                                 "f1809a48a497200e046d39ccc7112cd0");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hashHex(input), hex);
        QCOMPARE(Sha256::hash(input).size(), 32);

        // Fed in uneven pieces, the digest is the same.
        Sha256 pieces;
        for (qsizetype at = 0, step = 1; at < input.size(); at += step, step = step * 3 + 1)
            pieces.addData(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)));
        QCOMPARE(pieces.resultHex(), hex);
        QCOMPARE(pieces.resultHex(), hex); // asking twice gives the same digest

        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Sha256 fromDevice;
        QVERIFY(fromDevice.addData(&buffer));
        QCOMPARE(fromDevice.resultHex(), hex);
    }

    void resetStartsOver()
    {
        Sha256 sha;
        sha.addData("something else");
        QVERIFY(sha.resultHex() != Sha256::hashHex("abc"));
        sha.reset();
        sha.addData("abc");
        QCOMPARE(sha.resultHex(), Sha256::hashHex("abc"));
    }

    void fileLargerThanOneReadBlock()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray data(3 * 1024 * 1024 + 17, 'x');
        QCOMPARE(file.write(data), data.size());
        QVERIFY(file.seek(0));
        Sha256 sha;
        QVERIFY(sha.addData(&file));
        QCOMPARE(sha.result(), Sha256::hash(data));
    }

    void unreadableDeviceFails()
    {
        QBuffer closed; // not open: every read fails
        Sha256 sha;
        QVERIFY(!sha.addData(&closed));
    }
};

QTEST_GUILESS_MAIN(tst_Sha256)
#include "tst_sha256.moc"
