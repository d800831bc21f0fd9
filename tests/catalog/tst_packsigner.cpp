#include "oht/archive/zipreader.h"
#include "oht/catalog/packsigner.h"
#include "oht/catalog/packverifier.h"
#include "oht/catalog/signedpack.h"
#include "oht/library/library.h"
#include "oht/packformat/manifestparser.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/packvalidator.h"
#include "oht/packio/packinspector.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::catalog;
using oht::test::TestPacks;

namespace {

QStringList entryNames(const QString &path)
{
    QStringList names;
    archive::ZipReader reader(path);
    const auto entries = reader.scan();
    if (entries)
        for (const auto &e : *entries)
            names << e.name;
    return names;
}

} // namespace

/// `ohtpack sign` and what a signed pack means for the rest of the system: it still
/// validates and imports, the library keeps the signature, and exportPack() gives back
/// the very same bytes.
class TestPackSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signingKeepsTheManifestAndAddsSignatureLast()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const QString path = packs.build(test::PackSourceWriter(), QStringLiteral("p.ohtpack"));
        QVERIFY(!path.isEmpty());
        const QByteArray manifestBefore = SignedPack::read(path)->manifestJson;
        const QStringList namesBefore = entryNames(path);
        const QByteArray unsignedBytes = TestPacks::readAll(path);

        const auto keys = TestPacks::newKeys();
        const auto signature = PackSigner(keys).sign(path);
        QVERIFY2(signature.ok(),
                 qPrintable(signature.ok() ? QString() : signature.error().message));
        const auto signedPack = SignedPack::read(path);
        QVERIFY(signedPack.ok());
        QCOMPARE(signedPack->manifestJson, manifestBefore);
        QVERIFY(signedPack->signature.has_value());
        QCOMPARE(signedPack->signature->keyId, PublisherKey::keyIdOf(keys.publicKey));
        QCOMPARE(entryNames(path), namesBefore + QStringList{QStringLiteral("signature.json")});
        QVERIFY(TestPacks::readAll(path) != unsignedBytes);

        const TrustedKeys trusted({{QStringLiteral("Me"), keys.publicKey}});
        QVERIFY(PackVerifier(trusted).verifyFile(path).ok());
    }

    void signedPackStillValidates()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const QString path = packs.buildSigned(test::PackSourceWriter(),
                                               QStringLiteral("p.ohtpack"), TestPacks::newKeys());
        const auto result = packio::PackInspector(QDate(2026, 6, 1)).inspect(path);
        QVERIFY(result.ok());
        QVERIFY(result->ok());
        for (const auto &f : result->findings)
            QVERIFY2(f.code != QLatin1String("file-unlisted"), qPrintable(f.message));
    }

    void otherUnlistedFilesAreStillRefused()
    {
        // Only signature.json at the root is tolerated; the same name in a folder is not.
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const QString path = packs.build(test::PackSourceWriter(), QStringLiteral("p.ohtpack"));
        const QByteArray manifest = SignedPack::read(path)->manifestJson;
        packformat::MemoryPackFiles files;
        files.insert(QStringLiteral("pack.json"), manifest);
        QHash<QString, packformat::FileEntry> actual;
        packformat::Findings findings;
        const auto parsed =
            packformat::parseManifest(manifest, QStringLiteral("pack.json"), findings);
        QVERIFY(parsed.has_value());
        archive::ZipReader reader(path);
        for (const auto &file : parsed->files) {
            files.insert(file.path, *reader.readEntry(file.path, 1 << 20));
            actual.insert(file.path, file);
        }
        for (const QString &extra :
             {QStringLiteral("extra/signature.json"), QStringLiteral("signature.json")}) {
            files.insert(extra, "{}");
            actual.insert(extra, {extra, QByteArray(64, 'a'), 2});
        }
        const auto result =
            packformat::PackValidator(QDate(2026, 6, 1)).validateBuilt(files, actual);
        QStringList unlisted;
        for (const auto &f : result.findings)
            if (f.code == QLatin1String("file-unlisted"))
                unlisted << f.file;
        QCOMPARE(unlisted, QStringList{QStringLiteral("extra/signature.json")});
    }

    void buildLeavesOutASourceSignature()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        test::PackSourceWriter source;
        source.setFile(QStringLiteral("signature.json"), "{\"stale\": true}");
        const QString path = packs.build(source, QStringLiteral("p.ohtpack"));
        QVERIFY(!path.isEmpty());
        QVERIFY(!entryNames(path).contains(QStringLiteral("signature.json")));
        QVERIFY(!SignedPack::read(path)->manifestJson.contains("signature.json"));
    }

    void resigningReplacesTheSignature()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const auto first = TestPacks::newKeys();
        const auto second = TestPacks::newKeys();
        const QString path =
            packs.buildSigned(test::PackSourceWriter(), QStringLiteral("p.ohtpack"), first);
        QVERIFY(PackSigner(second).sign(path).ok());
        QCOMPARE(entryNames(path).count(QStringLiteral("signature.json")), 1);
        QCOMPARE(SignedPack::read(path)->signature->keyId, PublisherKey::keyIdOf(second.publicKey));
        QVERIFY(!PackVerifier(TrustedKeys({{{}, first.publicKey}})).verifyFile(path).ok());
        QVERIFY(PackVerifier(TrustedKeys({{{}, second.publicKey}})).verifyFile(path).ok());
    }

    void refusesToSignAnInvalidPack()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const QString path = packs.build(test::PackSourceWriter(), QStringLiteral("p.ohtpack"));
        QByteArray bytes = TestPacks::readAll(path);
        // Corrupt the lesson text inside the (deflated) archive: CRC or hash fails.
        const qsizetype at = bytes.indexOf("lessons/lesson-1.md") + 40;
        bytes[at] = char(bytes[at] ^ 0xff);
        QVERIFY(TestPacks::writeAll(path, bytes));
        const auto r = PackSigner(TestPacks::newKeys()).sign(path);
        QVERIFY(!r.ok());
        QCOMPARE(TestPacks::readAll(path), bytes); // untouched
    }

    void libraryKeepsSignatureAndExportsIdenticalBytes()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        test::PackSourceWriter source;
        source.setFile(QStringLiteral("media/figure.png"), QByteArray(5000, '\x89'));
        source.setFile(QStringLiteral("media/Zebra.svg"), "<svg/>");
        const auto keys = TestPacks::newKeys();
        const QString path = packs.buildSigned(source, QStringLiteral("p.ohtpack"), keys);
        auto library = library::Library::open(dir.filePath(QStringLiteral("data")));
        QVERIFY(library.ok());
        const auto report = (*library)->importPack(path);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(
            (*library)
                ->readFile(QStringLiteral("org.example.test"), QStringLiteral("signature.json"))
                .value(),
            SignedPack::read(path)->signature->toFileBytes());

        const QString exported = dir.filePath(QStringLiteral("exported.ohtpack"));
        QVERIFY((*library)->exportPack(QStringLiteral("org.example.test"), exported).ok());
        QCOMPARE(TestPacks::sha256OfFile(exported), TestPacks::sha256OfFile(path));
        QVERIFY(PackVerifier(TrustedKeys({{{}, keys.publicKey}})).verifyFile(exported).ok());
    }

    void exportOfAnUnsignedPackIsTheBuiltPack()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const QString path = packs.build(test::PackSourceWriter(), QStringLiteral("p.ohtpack"));
        auto library =
            std::move(library::Library::open(dir.filePath(QStringLiteral("data")))).value();
        QVERIFY(library->importPack(path).ok());
        const QString exported = dir.filePath(QStringLiteral("exported.ohtpack"));
        QVERIFY(library->exportPack(QStringLiteral("org.example.test"), exported).ok());
        QCOMPARE(TestPacks::readAll(exported), TestPacks::readAll(path));
        QCOMPARE(library->exportPack(QStringLiteral("org.example.none"), exported).error().code,
                 "library.unknown-pack");
    }

    void exportRefusesADamagedBlob()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const QString path = packs.build(test::PackSourceWriter(), QStringLiteral("p.ohtpack"));
        auto library =
            std::move(library::Library::open(dir.filePath(QStringLiteral("data")))).value();
        QVERIFY(library->importPack(path).ok());
        // Damage the stored lesson (a small file, so a row of the packed store).
        const QByteArray sha = *library->fileSha256(QStringLiteral("org.example.test"),
                                                    QStringLiteral("lessons/lesson-1.md"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(dir.filePath(QStringLiteral("data/blobs.sqlite")));
            QVERIFY(db.open());
            QSqlQuery tamper(db);
            QVERIFY(tamper.prepare(QStringLiteral("UPDATE blobs SET data = ? WHERE sha256 = ?")));
            tamper.addBindValue(QByteArray("tampered"));
            tamper.addBindValue(QString::fromLatin1(sha));
            QVERIFY(tamper.exec());
            QCOMPARE(tamper.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const QString exported = dir.filePath(QStringLiteral("exported.ohtpack"));
        QCOMPARE(library->exportPack(QStringLiteral("org.example.test"), exported).error().code,
                 "library.blob-damaged");
        QVERIFY(!QFile::exists(exported));
    }

    void importRefusesAnotherManifestThanExpected()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.path());
        const QString path = packs.build(test::PackSourceWriter(), QStringLiteral("p.ohtpack"));
        auto library =
            std::move(library::Library::open(dir.filePath(QStringLiteral("data")))).value();
        library::ImportOptions options;
        options.expectedManifest = SignedPack::read(path)->manifestJson + " ";
        const auto r = library->importPack(path, options);
        QCOMPARE(r.error().code, "library.manifest-mismatch");
        QVERIFY(library->packs()->isEmpty());
        options.expectedManifest.chop(1);
        QVERIFY(library->importPack(path, options).ok());
    }
};

QTEST_GUILESS_MAIN(TestPackSigner)
#include "tst_packsigner.moc"
