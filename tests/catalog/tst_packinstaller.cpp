#include "oht/archive/zipreader.h"
#include "oht/archive/zipwriter.h"
#include "oht/catalog/packinstaller.h"
#include "oht/catalog/packsigner.h"
#include "oht/library/library.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::catalog;
using oht::test::TestPacks;

namespace {

const QString kPackId = QStringLiteral("org.example.test");

/// What a learner could see of the library: packs, versions, file contents, blobs.
QStringList librarySnapshot(library::Library &library)
{
    QStringList state;
    const auto packs = library.packs();
    for (const auto &pack : *packs)
        state << pack.id + QLatin1Char(' ') + pack.version + QLatin1Char(' ') +
                     pack.updatedAt.toString(Qt::ISODateWithMs);
    if (auto lesson = library.readFile(kPackId, QStringLiteral("lessons/lesson-1.md")))
        state << QString::fromUtf8(*lesson);
    QDirIterator blobs(library.dataDir() + QStringLiteral("/blobs"), QDir::Files,
                       QDirIterator::Subdirectories);
    QStringList names;
    while (blobs.hasNext())
        names << QFileInfo(blobs.next()).fileName();
    // Small files are rows of the packed store.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
        db.setDatabaseName(library.dataDir() + QStringLiteral("/blobs.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery rows(QStringLiteral("SELECT sha256 FROM blobs"), db);
            while (rows.next())
                names << rows.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
    names.sort();
    return state + names;
}

} // namespace

class TestPackInstaller : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<library::Library> m_library;
    KeyPair m_trusted;
    KeyPair m_stranger;
    QString m_installed; ///< 1.1.0, installed in init()

    QString buildVersion(const QString &version, const KeyPair &keys, const QString &lesson = {})
    {
        test::PackSourceWriter source(kPackId, version);
        if (!lesson.isEmpty())
            source.setFile(QStringLiteral("lessons/lesson-1.md"), lesson.toUtf8());
        return TestPacks(m_dir->filePath(QStringLiteral("packs")))
            .buildSigned(source, QStringLiteral("p-%1.ohtpack").arg(version), keys);
    }
    PackInstaller installer()
    {
        return PackInstaller(
            *m_library, TrustedKeys({{QStringLiteral("Trusted publisher"), m_trusted.publicKey}}));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_trusted = TestPacks::newKeys();
        m_stranger = TestPacks::newKeys();
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDataDir>();
        m_library =
            std::move(library::Library::open(m_dir->filePath(QStringLiteral("data")))).value();
        m_installed = buildVersion(QStringLiteral("1.1.0"), m_trusted, QStringLiteral("# Old\n"));
        QVERIFY(!m_installed.isEmpty());
        QVERIFY(m_library->importPack(m_installed).ok());
    }

    void installsAVerifiedUpdate()
    {
        const QString path =
            buildVersion(QStringLiteral("1.2.0"), m_trusted, QStringLiteral("# New\n"));
        const CatalogEntry entry = TestPacks::entryFor(path, QUrl::fromLocalFile(path));
        auto inst = installer();
        const auto report = inst.install(path, entry);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->import.outcome, library::ImportOutcome::Updated);
        QCOMPARE(report->import.previousVersion, QStringLiteral("1.1.0"));
        QCOMPARE(report->signer.name, QStringLiteral("Trusted publisher"));
        QCOMPARE(*m_library->readFile(kPackId, QStringLiteral("lessons/lesson-1.md")), "# New\n");
    }

    void installsAUsbPackByItsOwnSignature()
    {
        const QString path = buildVersion(QStringLiteral("1.3.0"), m_trusted);
        auto inst = installer();
        const auto report = inst.installFile(path);
        QVERIFY(report.ok());
        QCOMPARE(m_library->pack(kPackId)->version, QStringLiteral("1.3.0"));
    }

    void refusesAndLeavesTheLibraryUnchanged_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("code");
        QTest::newRow("flipped byte") << "flip"
                                      << "catalog.hash-mismatch";
        QTest::newRow("wrong size (catalog)") << "size"
                                              << "catalog.size-mismatch";
        QTest::newRow("truncated file") << "truncate"
                                        << "catalog.size-mismatch";
        QTest::newRow("unknown key") << "stranger"
                                     << "catalog.unknown-key";
        QTest::newRow("bad signature") << "badsig"
                                       << "catalog.bad-signature";
        QTest::newRow("signature of another manifest") << "othersig"
                                                       << "catalog.bad-signature";
        QTest::newRow("unsigned") << "unsigned"
                                  << "catalog.unsigned";
        QTest::newRow("downgrade") << "downgrade"
                                   << "catalog.downgrade";
        QTest::newRow("catalog names another version") << "mismatch"
                                                       << "catalog.entry-mismatch";
        QTest::newRow("content changed after signing") << "tampered"
                                                       << "hash-mismatch";
    }
    void refusesAndLeavesTheLibraryUnchanged()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, code);
        const QStringList before = librarySnapshot(*m_library);

        QString path = buildVersion(QStringLiteral("1.2.0"),
                                    mutation == QLatin1String("stranger") ? m_stranger : m_trusted,
                                    QStringLiteral("# New\n"));
        if (mutation == QLatin1String("downgrade"))
            path = buildVersion(QStringLiteral("1.0.0"), m_trusted);
        if (mutation == QLatin1String("unsigned"))
            path = TestPacks(m_dir->filePath(QStringLiteral("packs")))
                       .build(test::PackSourceWriter(kPackId, QStringLiteral("1.2.0")),
                              QStringLiteral("unsigned.ohtpack"));
        if (mutation == QLatin1String("tampered")) {
            // An attacker keeps the signed pack.json and signature but changes a lesson,
            // and lists the new archive's size and hash in a catalog they control.
            const QString tampered = m_dir->filePath(QStringLiteral("tampered.ohtpack"));
            archive::ZipReader genuine(path);
            archive::ZipWriter writer(tampered);
            QVERIFY(writer.open().ok());
            const auto entries = genuine.scan();
            QVERIFY(entries.ok());
            for (const auto &e : *entries) {
                QByteArray bytes = *genuine.readEntry(e.name, 1 << 20);
                if (e.name == QLatin1String("lessons/lesson-1.md"))
                    bytes = "# Evil\n";
                QVERIFY(writer.addFile(e.name, bytes).ok());
            }
            QVERIFY(writer.close().ok());
            path = tampered;
        }
        CatalogEntry entry = TestPacks::entryFor(path, QUrl::fromLocalFile(path));
        if (mutation == QLatin1String("flip")) {
            QByteArray bytes = TestPacks::readAll(path);
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            QVERIFY(TestPacks::writeAll(path, bytes));
        } else if (mutation == QLatin1String("size")) {
            entry.size += 1;
        } else if (mutation == QLatin1String("truncate")) {
            QByteArray bytes = TestPacks::readAll(path);
            bytes.chop(100);
            QVERIFY(TestPacks::writeAll(path, bytes));
        } else if (mutation == QLatin1String("badsig")) {
            entry.signature->signature[5] = char(entry.signature->signature[5] ^ 0x10);
        } else if (mutation == QLatin1String("othersig")) {
            entry.signature = TestPacks::entryFor(m_installed, {}).signature;
        } else if (mutation == QLatin1String("mismatch")) {
            entry.version = SemVer(2, 0, 0);
        }
        auto inst = installer();
        const auto report = inst.install(path, entry);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, code);
        QVERIFY(!report.error().message.isEmpty());
        QCOMPARE(librarySnapshot(*m_library), before);
    }
};

QTEST_GUILESS_MAIN(TestPackInstaller)
#include "tst_packinstaller.moc"
