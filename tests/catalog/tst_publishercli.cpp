#include "oht/archive/zipreader.h"
#include "oht/archive/zipwriter.h"
#include "oht/catalog/catalog.h"
#include "oht/catalog/keyfile.h"
#include "oht/catalog/packverifier.h"
#include "oht/catalog/signedpack.h"
#include "oht/library/library.h"
#include "ohtpackrunner.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::catalog;
using oht::test::CliRun;
using oht::test::OhtpackRunner;
using oht::test::TestPacks;

/// The publisher commands of the real `ohtpack` binary: keygen, sign, verify, catalog.
class TestPublisherCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDataDir> m_dir;
    OhtpackRunner m_cli;
    QString m_key;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString build(const QString &id, const QString &version, const QString &name)
    {
        return TestPacks(path(QStringLiteral("site/packs")))
            .build(test::PackSourceWriter(id, version), name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(OhtpackRunner::binary()), qPrintable(OhtpackRunner::binary()));
    }
    void init()
    {
        m_dir = std::make_unique<test::TempDataDir>();
        m_key = path(QStringLiteral("publisher.key"));
        const CliRun run = m_cli.runRaw({QStringLiteral("keygen"), QStringLiteral("-o"), m_key,
                                         QStringLiteral("--name"), QStringLiteral("Hub")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    void keygenWritesAPrivateKeyOnce()
    {
        QVERIFY(!(QFile::permissions(m_key) & (QFile::ReadGroup | QFile::ReadOther)));
        QVERIFY(QFile::exists(m_key + QStringLiteral(".pub")));
        QCOMPARE(m_cli.runRaw({QStringLiteral("keygen"), QStringLiteral("-o"), m_key}).exitCode, 2);
        QCOMPARE(m_cli.runRaw({QStringLiteral("keygen")}).exitCode, 2);
    }

    void signThenVerify()
    {
        const QString pack = build(QStringLiteral("org.example.a"), QStringLiteral("1.0.0"),
                                   QStringLiteral("a.ohtpack"));
        const QString pub = m_key + QStringLiteral(".pub");
        QCOMPARE(m_cli.runRaw({QStringLiteral("verify"), pack, QStringLiteral("--pubkey"), pub})
                     .exitCode,
                 1);
        const CliRun signRun =
            m_cli.runRaw({QStringLiteral("sign"), pack, QStringLiteral("--key"), m_key});
        QVERIFY2(signRun.exitCode == 0, qPrintable(signRun.describe()));
        const CliRun ok =
            m_cli.runRaw({QStringLiteral("verify"), pack, QStringLiteral("--pubkey"), pub});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));

        const QString other = path(QStringLiteral("other.key"));
        QCOMPARE(m_cli.runRaw({QStringLiteral("keygen"), QStringLiteral("-o"), other}).exitCode, 0);
        const CliRun wrongKey =
            m_cli.runRaw({QStringLiteral("verify"), pack, QStringLiteral("--pubkey"),
                          other + QStringLiteral(".pub")});
        QCOMPARE(wrongKey.exitCode, 1);
        QVERIFY(wrongKey.errText().contains(QStringLiteral("trusted")));
        QCOMPARE(m_cli
                     .runRaw({QStringLiteral("verify"), path(QStringLiteral("none.ohtpack")),
                              QStringLiteral("--pubkey"), pub})
                     .exitCode,
                 3);
        QCOMPARE(m_cli.runRaw({QStringLiteral("sign"), pack}).exitCode, 2);
    }

    void verifyRefusesContentChangedAfterSigning()
    {
        const QString pack = build(QStringLiteral("org.example.a"), QStringLiteral("1.0.0"),
                                   QStringLiteral("a.ohtpack"));
        QCOMPARE(
            m_cli.runRaw({QStringLiteral("sign"), pack, QStringLiteral("--key"), m_key}).exitCode,
            0);
        // Same signed pack.json and signature.json, another lesson.
        const QString tampered = path(QStringLiteral("tampered.ohtpack"));
        archive::ZipReader reader(pack);
        archive::ZipWriter writer(tampered);
        QVERIFY(writer.open().ok());
        const auto entries = reader.scan();
        for (const auto &e : *entries) {
            QByteArray bytes = *reader.readEntry(e.name, 1 << 20);
            if (e.name == QLatin1String("lessons/lesson-1.md"))
                bytes = "# Something else\n";
            QVERIFY(writer.addFile(e.name, bytes).ok());
        }
        QVERIFY(writer.close().ok());
        const CliRun run =
            m_cli.runRaw({QStringLiteral("verify"), tampered, QStringLiteral("--pubkey"),
                          m_key + QStringLiteral(".pub")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errText().contains(QStringLiteral("do not match")));
    }

    void catalogListsTheNewestSignedPacks()
    {
        const QStringList packs{build(QStringLiteral("org.example.a"), QStringLiteral("1.0.0"),
                                      QStringLiteral("a-1.0.0.ohtpack")),
                                build(QStringLiteral("org.example.a"), QStringLiteral("1.1.0"),
                                      QStringLiteral("a-1.1.0.ohtpack")),
                                build(QStringLiteral("org.example.b"), QStringLiteral("2.0.0"),
                                      QStringLiteral("sub/b.ohtpack"))};
        const QString catalogPath = path(QStringLiteral("site/catalog.json"));
        const CliRun unsignedRun =
            m_cli.runRaw({QStringLiteral("catalog"), path(QStringLiteral("site")),
                          QStringLiteral("-o"), catalogPath});
        QCOMPARE(unsignedRun.exitCode, 1);
        QVERIFY(unsignedRun.errText().contains(QStringLiteral("ohtpack sign")));
        for (const QString &pack : packs)
            QCOMPARE(m_cli.runRaw({QStringLiteral("sign"), pack, QStringLiteral("--key"), m_key})
                         .exitCode,
                     0);

        const CliRun run = m_cli.runRaw({QStringLiteral("catalog"), path(QStringLiteral("site")),
                                         QStringLiteral("-o"), catalogPath,
                                         QStringLiteral("--title"), QStringLiteral("Hub packs")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(QStringLiteral("1.0.0"))); // the older one, left out

        const QByteArray json = TestPacks::readAll(catalogPath);
        QVERIFY(json.contains("\"url\": \"packs/sub/b.ohtpack\""));
        const auto catalog = Catalog::parse(json, QUrl::fromLocalFile(catalogPath));
        QVERIFY(catalog.ok());
        QCOMPARE(catalog->title, QStringLiteral("Hub packs"));
        QCOMPARE(catalog->packs.size(), 2);
        const auto publicKey = KeyFile::readPublic(m_key + QStringLiteral(".pub"));
        QVERIFY(publicKey.ok());
        const PackVerifier verifier(TrustedKeys({*publicKey}));
        for (const auto &entry : catalog->packs) {
            QVERIFY(entry.url.isLocalFile());
            QCOMPARE(entry.sha256Hex, TestPacks::sha256OfFile(entry.url.toLocalFile()));
            QCOMPARE(entry.size, QFileInfo(entry.url.toLocalFile()).size());
            QVERIFY(entry.signature.has_value());
            const auto manifest = SignedPack::read(entry.url.toLocalFile())->manifestJson;
            QVERIFY(verifier.verify(manifest, *entry.signature).ok());
        }
        QCOMPARE(catalog->find(QStringLiteral("org.example.a"))->version.toString(),
                 QStringLiteral("1.1.0"));
        QCOMPARE(m_cli.runRaw({QStringLiteral("catalog"), path(QStringLiteral("site"))}).exitCode,
                 2);
    }

    void exportedPackStillVerifies()
    {
        const QString pack = build(QStringLiteral("org.example.a"), QStringLiteral("1.0.0"),
                                   QStringLiteral("a.ohtpack"));
        QCOMPARE(
            m_cli.runRaw({QStringLiteral("sign"), pack, QStringLiteral("--key"), m_key}).exitCode,
            0);
        auto library = std::move(library::Library::open(path(QStringLiteral("data")))).value();
        QVERIFY(library->importPack(pack).ok());
        const QString usb = path(QStringLiteral("usb/a.ohtpack"));
        QDir().mkpath(path(QStringLiteral("usb")));
        QVERIFY(library->exportPack(QStringLiteral("org.example.a"), usb).ok());
        const CliRun run = m_cli.runRaw({QStringLiteral("verify"), usb, QStringLiteral("--pubkey"),
                                         m_key + QStringLiteral(".pub")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestPublisherCli)
#include "tst_publishercli.moc"
