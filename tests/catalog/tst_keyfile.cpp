#include "oht/catalog/keyfile.h"
#include "tempdatadir.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht::catalog;

class TestKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesSecretOwnerOnlyAndPublicNextToIt()
    {
        oht::test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("publisher.key"));
        const auto keys = *Ed25519::generate();
        QVERIFY(KeyFile::write(path, keys, QStringLiteral("Clinic Hub")).ok());
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!(QFile::permissions(path) &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));

        const auto secret = KeyFile::readSecret(path);
        QVERIFY(secret.ok());
        QCOMPARE(secret->secretKey, keys.secretKey);
        QCOMPARE(secret->publicKey, keys.publicKey);
        const auto pub = KeyFile::readPublic(path + QStringLiteral(".pub"));
        QVERIFY(pub.ok());
        QCOMPARE(pub->publicKey, keys.publicKey);
        QCOMPARE(pub->name, QStringLiteral("Clinic Hub"));
    }

    void neverOverwritesAKey()
    {
        oht::test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        QVERIFY(KeyFile::write(path, *Ed25519::generate(), {}).ok());
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const auto again = KeyFile::write(path, *Ed25519::generate(), {});
        QCOMPARE(again.error().code, "catalog.key-exists");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void acceptsABase64PublicKey()
    {
        const auto keys = *Ed25519::generate();
        const auto pub = KeyFile::readPublic(QString::fromLatin1(keys.publicKey.toBase64()));
        QVERIFY(pub.ok());
        QCOMPARE(pub->publicKey, keys.publicKey);
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("secret");
        QTest::newRow("not json") << QByteArray("hello") << true;
        QTest::newRow("public file read as secret")
            << QByteArray(R"({"type":"ohtpack-public-key","algorithm":"ed25519","publicKey":"x"})")
            << true;
        QTest::newRow("secret too short")
            << QByteArray(
                   R"({"type":"ohtpack-secret-key","algorithm":"ed25519","secretKey":"AAAA"})")
            << true;
        QTest::newRow("other algorithm")
            << QByteArray(R"({"type":"ohtpack-public-key","algorithm":"rsa","publicKey":"x"})")
            << false;
        QTest::newRow("public key not 32 bytes")
            << QByteArray(
                   R"({"type":"ohtpack-public-key","algorithm":"ed25519","publicKey":"AAAA"})")
            << false;
    }
    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, secret);
        oht::test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
        f.close();
        if (secret)
            QVERIFY(!KeyFile::readSecret(path).ok());
        else
            QVERIFY(!KeyFile::readPublic(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
