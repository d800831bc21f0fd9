#include "blobstore.h"
#include "importstaging.h"
#include "libraryfixture.h"
#include "oht/core/sha256.h"
#include "packedblobs.h"
#include "tempdatadir.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht;
using library::PackedBlobs;

namespace {

PackedBlobs::Blob blob(const QByteArray &data)
{
    return {Sha256::hashHex(data), data};
}

} // namespace

class TestPackedBlobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensOnFirstUse()
    {
        test::TempDataDir dir;
        PackedBlobs packed(dir.path());
        QVERIFY(!QFile::exists(packed.filePath())); // nothing read yet, nothing created
        QCOMPARE(*packed.contains(Sha256::hashHex("x")), false);
        QVERIFY(QFile::exists(packed.filePath()));
    }

    void addsReadsAndKeepsTheFirstCopy()
    {
        test::TempDataDir dir;
        PackedBlobs packed(dir.path());
        const auto a = blob("lesson text"), b = blob(QByteArray(100'000, 'b'));
        QVERIFY(packed.add({a, b}, "import-1").ok());
        QCOMPARE(**packed.read(a.sha256Hex), a.data);
        QCOMPARE(**packed.read(b.sha256Hex), b.data);
        QVERIFY(*packed.contains(a.sha256Hex));
        QVERIFY(!packed.read(Sha256::hashHex("absent"))->has_value());

        // A second import adding the same blob neither duplicates nor takes it over: a
        // failure of that import must not take the first one's row with it.
        QVERIFY(packed.add({a}, "import-2").ok());
        QVERIFY(packed.discardImport("import-2").ok());
        QVERIFY(*packed.contains(a.sha256Hex));
        QCOMPARE(test::packedBlobs(dir.path()).size(), 2);

        QVERIFY(packed.discardImport("import-1").ok());
        QCOMPARE(test::packedBlobs(dir.path()), QStringList());
    }

    void existingAnswersForManyHashesAtOnce()
    {
        test::TempDataDir dir;
        PackedBlobs packed(dir.path());
        QList<PackedBlobs::Blob> stored;
        QList<QByteArray> asked;
        for (int i = 0; i < 3000; ++i) { // more than SQLite's bound-parameter limit of old
            const auto b = blob(QByteArray::number(i));
            if (i % 3 == 0)
                stored.append(b);
            asked.append(b.sha256Hex);
        }
        QVERIFY(packed.add(stored, "import-1").ok());
        const auto found = packed.existing(asked);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), stored.size());
        for (const auto &b : std::as_const(stored))
            QVERIFY(found->contains(b.sha256Hex));
        QVERIFY(packed.existing({})->isEmpty());
    }

    void existingDoesNotCreateTheFile()
    {
        test::TempDataDir dir;
        PackedBlobs packed(dir.path());
        QVERIFY(packed.existing({blob("x").sha256Hex})->isEmpty());
        QVERIFY(!QFile::exists(packed.filePath())); // the first import's writer creates it
    }

    void writtenOnOneConnectionReadOnAnother()
    {
        // The importer's worker thread writes through its own object.
        test::TempDataDir dir;
        PackedBlobs reader(dir.path()), writer(dir.path());
        QVERIFY(!*reader.contains(blob("shared").sha256Hex));
        QVERIFY(writer.add({blob("shared")}, "import-1").ok());
        QVERIFY(*reader.contains(blob("shared").sha256Hex));
    }

    void sweepSparesKeptBlobsAndRunningImports()
    {
        test::TempDataDir dir;
        library::BlobStore store(dir.path());
        QVERIFY(store.ensureDirectories().ok());
        PackedBlobs packed(dir.path());
        auto running = library::ImportStaging::create(store.tmpRoot());
        QVERIFY(running.ok());
        const auto kept = blob("kept"), orphan = blob("orphan"), fresh = blob("fresh");
        QVERIFY(packed.add({kept, orphan}, "import-finished").ok());
        QVERIFY(packed.add({fresh}, (*running)->name()).ok());

        auto removed = packed.sweep({kept.sha256Hex}, [&] { return store.runningImports(); });
        QCOMPARE(*removed, 1);
        QVERIFY(*packed.contains(kept.sha256Hex));
        QVERIFY(!*packed.contains(orphan.sha256Hex));
        // Not referenced yet, but its import is still running: kept.
        QVERIFY(*packed.contains(fresh.sha256Hex));

        running->reset(); // the import ended without committing
        QCOMPARE(*packed.sweep({kept.sha256Hex}, [&] { return store.runningImports(); }), 1);
        QVERIFY(!*packed.contains(fresh.sha256Hex));
    }

    void unreadableFileIsAnError()
    {
        test::TempDataDir dir;
        QFile junk(dir.filePath("blobs.sqlite"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'j')); // not a database
        junk.close();
        PackedBlobs packed(dir.path());
        const auto result = packed.contains(Sha256::hashHex("x"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().code.startsWith("library."));
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackedBlobs)
#include "tst_packedblobs.moc"
