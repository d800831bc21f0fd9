#include "oht/packformat/packfiles.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht::packformat;

namespace {
bool write(const QString &root, const QString &rel, const QByteArray &data = "x")
{
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TestPackFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void folderListing()
    {
        oht::test::TempDataDir dir;
        const QString root = dir.path();
        for (const char *rel :
             {"pack.json", "lessons/b.md", "lessons/a.md", "Z.md", "media/x/y.png",
              "review-notes.json", "lessons/review-notes.json", ".git/config", "lessons/.DS_Store",
              "media/.cache/big.bin", ".hidden.md"})
            QVERIFY(write(root, QString::fromLatin1(rel)));
        QVERIFY(write(root, QString::fromUtf8("lessons/é.md")));
        QVERIFY(QDir(root).mkpath("empty/folder"));
        const FolderPackFiles files(root);
        // Byte order ('Z' < 'l' < 'm' < 'p'; é after ASCII); dot names and the root
        // review-notes.json left out; empty folders are not files.
        QCOMPARE(files.paths(),
                 (QStringList{"Z.md", "lessons/a.md", "lessons/b.md", "lessons/review-notes.json",
                              QString::fromUtf8("lessons/é.md"), "media/x/y.png", "pack.json"}));
        QVERIFY(files.contains("lessons/a.md"));
        QVERIFY(!files.contains(".git/config"));
        QVERIFY(!files.contains("review-notes.json"));
        QVERIFY(!files.contains("signature.json"));
        QCOMPARE(files.read("lessons/a.md"), std::optional<QByteArray>("x"));
        QVERIFY(files.rejected().isEmpty());
    }

    void readsOnlyListedFiles()
    {
        oht::test::TempDataDir dir;
        QVERIFY(write(dir.path(), "inside/pack.json", "{}"));
        QVERIFY(write(dir.path(), "secret.txt", "secret"));
        const FolderPackFiles files(dir.path() + "/inside");
        QVERIFY(!files.read("../secret.txt"));
        QVERIFY(!files.read(".git/config"));
        QVERIFY(!files.read("missing.md"));
        QCOMPARE(files.read("pack.json"), std::optional<QByteArray>("{}"));
    }

    void symlinksAreRejectedNotFollowed()
    {
        oht::test::TempDataDir dir;
        QVERIFY(write(dir.path(), "outside/secret.txt", "secret"));
        QVERIFY(write(dir.path(), "pack/pack.json", "{}"));
        const QString root = dir.path() + "/pack";
        QVERIFY(QFile::link(dir.path() + "/outside/secret.txt", root + "/linked.txt"));
        QVERIFY(QFile::link(dir.path() + "/outside", root + "/linked-folder"));
        QVERIFY(QFile::link(root + "/nowhere", root + "/dangling.md"));
        const FolderPackFiles files(root);
        QCOMPARE(files.paths(), QStringList{"pack.json"});
        const auto rejected = files.rejected();
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected[0].path, QStringLiteral("dangling.md"));
        QCOMPARE(rejected[1].path, QStringLiteral("linked-folder"));
        QCOMPARE(rejected[2].path, QStringLiteral("linked.txt"));
        QVERIFY(!rejected[0].reason.isEmpty());
        QVERIFY(!files.read("linked.txt"));
    }

    void memoryFiles()
    {
        MemoryPackFiles files;
        files.insert("pack.json", "{}");
        files.insertPathOnly("media/b.png");
        files.insertPathOnly("media/B.png");
        files.insert("lessons/a.md", "# A");
        QCOMPARE(files.paths(),
                 (QStringList{"lessons/a.md", "media/B.png", "media/b.png", "pack.json"}));
        QVERIFY(files.contains("media/b.png"));
        QVERIFY(!files.contains("media/c.png"));
        QCOMPARE(files.read("lessons/a.md"), std::optional<QByteArray>("# A"));
        QVERIFY(!files.read("media/b.png")); // listed by path only
        QVERIFY(files.rejected().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackFiles)
#include "tst_packfiles.moc"
