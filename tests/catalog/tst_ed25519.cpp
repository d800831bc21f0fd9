#include "oht/catalog/ed25519.h"
#include "oht/catalog/publisherkey.h"

#include <QTest>

using namespace oht::catalog;

class TestEd25519 : public QObject
{
    Q_OBJECT

private slots:
    void signAndVerify()
    {
        const auto keys = Ed25519::generate();
        QVERIFY(keys.ok());
        QCOMPARE(keys->publicKey.size(), 32);
        QCOMPARE(keys->secretKey.size(), 64);
        const QByteArray message = "{\"id\": \"org.example.pack\"}\n";
        const auto signature = Ed25519::sign(message, keys->secretKey);
        QVERIFY(signature.ok());
        QCOMPARE(signature->size(), 64);
        QVERIFY(Ed25519::verify(message, *signature, keys->publicKey));
    }

    void refusesWhatWasNotSigned_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("changed message") << 0;
        QTest::newRow("flipped signature bit") << 1;
        QTest::newRow("another key") << 2;
        QTest::newRow("short signature") << 3;
        QTest::newRow("short public key") << 4;
        QTest::newRow("empty signature") << 5;
    }
    void refusesWhatWasNotSigned()
    {
        QFETCH(int, what);
        const auto keys = *Ed25519::generate();
        QByteArray message = "pack.json bytes";
        QByteArray signature = *Ed25519::sign(message, keys.secretKey);
        QByteArray publicKey = keys.publicKey;
        switch (what) {
        case 0:
            message[0] = 'P';
            break;
        case 1:
            signature[10] = char(signature[10] ^ 0x01);
            break;
        case 2:
            publicKey = Ed25519::generate()->publicKey;
            break;
        case 3:
            signature.chop(1);
            break;
        case 4:
            publicKey.chop(1);
            break;
        case 5:
            signature.clear();
            break;
        }
        QVERIFY(!Ed25519::verify(message, signature, publicKey));
    }

    void publicKeyOfSecret()
    {
        const auto keys = *Ed25519::generate();
        QCOMPARE(*Ed25519::publicKeyOf(keys.secretKey), keys.publicKey);
        QByteArray tampered = keys.secretKey;
        tampered[40] = char(tampered[40] ^ 0x80); // the public half no longer matches the seed
        QCOMPARE(Ed25519::publicKeyOf(tampered).error().code, "catalog.bad-secret-key");
        QVERIFY(!Ed25519::sign("x", tampered).ok());
        QVERIFY(!Ed25519::sign("x", QByteArray(10, 'a')).ok());
    }

    void keyIdAndBase64()
    {
        const auto keys = *Ed25519::generate();
        const PublisherKey key{QStringLiteral("Publisher"), keys.publicKey};
        QCOMPARE(key.keyId().size(), 16);
        QCOMPARE(key.keyId(), key.keyId().toLower());
        const auto back = PublisherKey::fromBase64(QStringLiteral("P"), key.publicKeyBase64());
        QVERIFY(back.ok());
        QCOMPARE(back->publicKey, keys.publicKey);
        QCOMPARE(back->keyId(), key.keyId());
    }

    void refusesBadBase64Keys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("not base64") << QStringLiteral("not a key at all!!");
        QTest::newRow("too short") << QString::fromLatin1(QByteArray(31, 'k').toBase64());
        QTest::newRow("too long") << QString::fromLatin1(QByteArray(33, 'k').toBase64());
    }
    void refusesBadBase64Keys()
    {
        QFETCH(QString, text);
        const auto key = PublisherKey::fromBase64(QStringLiteral("x"), text);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, "catalog.bad-public-key");
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
