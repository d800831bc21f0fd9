#include "blobstore.h"
#include "importstaging.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using library::BlobStore;
using library::ImportStaging;

namespace {

QByteArray sha(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isSha256Hex_data();
    void isSha256Hex();
    void blobPathLayout();
    void installMovesTheFile();
    void installNeverRewritesAnExistingBlob();
    void syncSucceeds();
    void sweepRemovesOnlyOrphans();
    void sweepLeavesARunningImportAlone();
    void sweepRemovesAKilledImport();
};

void TestBlobStore::isSha256Hex_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("hash") << sha("x") << true;
    QTest::newRow("upper case") << sha("x").toUpper() << false;
    QTest::newRow("too short") << sha("x").left(63) << false;
    QTest::newRow("too long") << sha("x") + "0" << false;
    QTest::newRow("not hex") << QByteArray(64, 'g') << false;
    QTest::newRow("traversal") << QByteArray("../../etc/passwd").leftJustified(64, 'a') << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestBlobStore::isSha256Hex()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(BlobStore::isSha256Hex(text), valid);
}

void TestBlobStore::blobPathLayout()
{
    const BlobStore store("/data");
    const QByteArray hash = sha("hello");
    QCOMPARE(store.blobPath(hash),
             "/data/blobs/" + QString::fromLatin1(hash.left(2)) + "/" + QString::fromLatin1(hash));
}

void TestBlobStore::installMovesTheFile()
{
    test::TempDataDir dir;
    const BlobStore store(dir.path());
    QVERIFY(store.ensureDirectories());
    const QString staged = dir.filePath("tmp/staged");
    QVERIFY(writeFile(staged, "content"));
    QVERIFY(!store.contains(sha("content")));
    QVERIFY(store.install(staged, sha("content")));
    QVERIFY(store.contains(sha("content")));
    QVERIFY(!QFile::exists(staged));
    QCOMPARE(readFile(store.blobPath(sha("content"))), QByteArray("content"));
}

void TestBlobStore::installNeverRewritesAnExistingBlob()
{
    test::TempDataDir dir;
    const BlobStore store(dir.path());
    QVERIFY(store.ensureDirectories());
    QVERIFY(writeFile(dir.filePath("tmp/a"), "content"));
    QVERIFY(store.install(dir.filePath("tmp/a"), sha("content")));
    const QString blob = store.blobPath(sha("content"));
    const auto inode = QFileInfo(blob).lastModified();

    // A second copy under the same name is dropped, not moved over the first.
    QVERIFY(writeFile(dir.filePath("tmp/b"), "different bytes"));
    QVERIFY(store.install(dir.filePath("tmp/b"), sha("content")));
    QVERIFY(!QFile::exists(dir.filePath("tmp/b")));
    QCOMPARE(readFile(blob), QByteArray("content"));
    QCOMPARE(QFileInfo(blob).lastModified(), inode);
}

void TestBlobStore::syncSucceeds()
{
    test::TempDataDir dir;
    const BlobStore store(dir.path());
    QVERIFY(store.ensureDirectories());
    QVERIFY(writeFile(dir.filePath("tmp/a"), "x"));
    QVERIFY(store.sync({dir.filePath("tmp/a"), dir.filePath("tmp")}));
}

void TestBlobStore::sweepRemovesOnlyOrphans()
{
    test::TempDataDir dir;
    const BlobStore store(dir.path());
    QVERIFY(store.ensureDirectories());
    for (const QByteArray data : {"kept", "orphan"}) {
        QVERIFY(writeFile(dir.filePath("tmp/x"), data));
        QVERIFY(store.install(dir.filePath("tmp/x"), sha(data)));
    }
    QVERIFY(writeFile(dir.filePath("blobs/zz/stray"), "?"));
    // A kept hash in the wrong folder is stray too.
    QVERIFY(writeFile(dir.filePath("blobs/00/" + QString::fromLatin1(sha("kept"))), "kept"));

    const auto removed = store.sweep({sha("kept")});
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 3);
    QVERIFY(store.contains(sha("kept")));
    QVERIFY(!store.contains(sha("orphan")));
    QVERIFY(!QFile::exists(dir.filePath("blobs/zz/stray")));
}

void TestBlobStore::sweepLeavesARunningImportAlone()
{
    test::TempDataDir dir;
    const BlobStore store(dir.path());
    QVERIFY(store.ensureDirectories());
    auto created = ImportStaging::create(store.tmpRoot());
    QVERIFY(created.ok());
    std::unique_ptr<ImportStaging> staging = std::move(created).value();
    const QString file = staging->newFilePath();
    QVERIFY(writeFile(file, "in progress"));

    QCOMPARE(*store.sweep({}), 0);
    QVERIFY(QFile::exists(file));

    const QString folder = staging->path();
    staging.reset();
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(QDir(store.tmpRoot()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

void TestBlobStore::sweepRemovesAKilledImport()
{
    test::TempDataDir dir;
    const BlobStore store(dir.path());
    QVERIFY(store.ensureDirectories());

    // A folder whose lock names a process that no longer exists.
    QProcess child;
    child.start("true");
    QVERIFY(child.waitForStarted());
    const qint64 deadPid = child.processId();
    QVERIFY(child.waitForFinished());
    const QString folder = store.tmpRoot() + "/import-dead";
    QByteArray lockContents;
    {
        QLockFile probe(folder + ".lock");
        QVERIFY(probe.tryLock(0));
        lockContents = readFile(folder + ".lock");
    }
    const qsizetype eol = lockContents.indexOf('\n');
    QVERIFY(eol > 0);
    lockContents.replace(0, eol, QByteArray::number(deadPid));
    QVERIFY(writeFile(folder + ".lock", lockContents));
    QVERIFY(writeFile(folder + "/1", "half-written"));
    QVERIFY(writeFile(folder + "/2", "half-written"));
    // A folder without any lock (killed before locking is impossible, but be robust),
    // and a stray file.
    QVERIFY(writeFile(store.tmpRoot() + "/import-nolock/1", "x"));
    QVERIFY(writeFile(store.tmpRoot() + "/stray.tmp", "x"));

    const auto removed = store.sweep({});
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 4);
    QCOMPARE(
        QDir(store.tmpRoot()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList());
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
