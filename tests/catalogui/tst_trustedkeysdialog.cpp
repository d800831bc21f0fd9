#include "catalogfixture.h"
#include "oht/catalog/keyfile.h"
#include "oht/catalogui/trustedkeysdialog.h"
#include "testpacks.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using oht::catalogui::TrustedKeysDialog;
using oht::test::CatalogFixture;
using oht::test::TestPacks;

/// Trusted publisher keys: listed, added from a key file, removed; saved at once.
class TestTrustedKeysDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addsAndRemovesKeys()
    {
        CatalogFixture f;
        TrustedKeysDialog dialog(f.config());
        dialog.show();
        QCOMPARE(dialog.list()->count(), 1); // the fixture's default key
        QVERIFY(dialog.list()->item(0)->text().startsWith(QStringLiteral("Test Publisher")));

        const auto keys = TestPacks::newKeys();
        const QString keyFile = f.filePath(QStringLiteral("hub.key"));
        QVERIFY(catalog::KeyFile::write(keyFile, keys, QStringLiteral("Clinic Hub")).ok());
        QSignalSpy changed(&dialog, &TrustedKeysDialog::keysChanged);
        QVERIFY(dialog.addKeyFile(keyFile + QStringLiteral(".pub")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.list()->count(), 2);
        const QString keyId = catalog::PublisherKey::keyIdOf(keys.publicKey);
        QVERIFY(dialog.list()->item(1)->text().contains(keyId));
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Clinic Hub")));
        // Saved: a new configuration on the same data folder trusts it.
        catalog::CatalogConfig reread(f.dataDir(), {});
        QVERIFY(reread.load().ok());
        QVERIFY(reread.trustedKeys().find(keyId));

        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeKeyButton"));
        QVERIFY(remove);
        dialog.list()->setCurrentRow(1);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(!f.config().trustedKeys().find(keyId));
        catalog::CatalogConfig again(f.dataDir(), {});
        QVERIFY(again.load().ok());
        QVERIFY(!again.trustedKeys().find(keyId));
    }

    void refusesWhatIsNotAKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
            << QStringLiteral("missing.pub") << QByteArray() << QStringLiteral("is not a file");
        QTest::newRow("not json") << QStringLiteral("notes.pub") << QByteArray("hello")
                                  << QStringLiteral("is not a publisher key");
        QTest::newRow("secret key type")
            << QStringLiteral("wrong.pub")
            << QByteArray(
                   R"({"type":"ohtpack-secret-key","algorithm":"ed25519","publicKey":"AAAA"})")
            << QStringLiteral("is not a publisher key");
        QTest::newRow("short key")
            << QStringLiteral("short.pub")
            << QByteArray(
                   R"({"type":"ohtpack-public-key","algorithm":"ed25519","publicKey":"AAAA"})")
            << QStringLiteral("is not a publisher key");
    }

    void refusesWhatIsNotAKey()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        CatalogFixture f;
        const QString path = f.filePath(name);
        if (!contents.isEmpty())
            QVERIFY(TestPacks::writeAll(path, contents));
        TrustedKeysDialog dialog(f.config());
        QSignalSpy changed(&dialog, &TrustedKeysDialog::keysChanged);
        QVERIFY(!dialog.addKeyFile(path));
        QVERIFY2(dialog.messageLabel()->text().contains(message),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(f.config().trustedKeys().keys().size(), 1);
    }
};

QTEST_MAIN(TestTrustedKeysDialog)
#include "tst_trustedkeysdialog.moc"
