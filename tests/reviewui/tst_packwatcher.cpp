#include "oht/reviewui/packwatcher.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using reviewui::PackWatcher;

namespace {
bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
bool hasCode(const packformat::ValidationResult &r, const QString &code)
{
    for (const auto &f : r.findings)
        if (f.code == code)
            return true;
    return false;
}
} // namespace

/// Live reload: real writes into a pack's source folder re-validate it (reviewers' checks
/// included) without anyone asking, in one validation per burst of saves.
class TestPackWatcher : public QObject
{
    Q_OBJECT
    // Generous: this waits for the file system's notification, it does not measure speed.
    static constexpr int kWait = 10000;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsEditsOnDisk_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("code");
        QTest::newRow("lesson edited")
            << "lessons/lesson-1.md" << QByteArray("# One\n\n### Skipped\n") << "heading-skip";
        QTest::newRow("quiz broken")
            << "quizzes/quiz-1.json" << QByteArray("{ oops") << "json-syntax";
        QTest::newRow("manifest broken") << "pack.json" << QByteArray("[]") << "wrong-type";
        QTest::newRow("new file in a new folder")
            << "media/new/picture.png" << QByteArray("png") << "unused-media";
    }
    void followsEditsOnDisk()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QFETCH(QString, code);
        test::TempDataDir dir;
        QVERIFY(test::PackSourceWriter().writeTo(dir.path()));
        PackWatcher watcher(dir.path(), QDate(2026, 6, 1));
        QSignalSpy spy(&watcher, &PackWatcher::validated);
        watcher.start();
        QCOMPARE(spy.size(), 1);
        QVERIFY2(watcher.result().findings.isEmpty(), "the written pack is clean");

        QVERIFY(write(dir.filePath(file), contents));
        QTRY_VERIFY_WITH_TIMEOUT(hasCode(watcher.result(), code), kWait);
        QVERIFY(watcher.generation() >= 2);
    }

    void fixingTheProblemClearsIt()
    {
        test::TempDataDir dir;
        test::PackSourceWriter source;
        source.setFile("lessons/lesson-1.md", "# One\n\n![](../media/a.svg)\n");
        source.setFile("media/a.svg", "<svg/>");
        QVERIFY(source.writeTo(dir.path()));
        PackWatcher watcher(dir.path(), QDate(2026, 6, 1));
        watcher.start();
        QVERIFY(hasCode(watcher.result(), "image-no-alt"));
        // Saved the way many editors do: a new file renamed over the old one.
        QVERIFY(
            write(dir.filePath("lessons/lesson-1.md.tmp"), "# One\n\n![A map](../media/a.svg)\n"));
        QVERIFY(QFile::remove(dir.filePath("lessons/lesson-1.md")));
        QVERIFY(QFile::rename(dir.filePath("lessons/lesson-1.md.tmp"),
                              dir.filePath("lessons/lesson-1.md")));
        QTRY_VERIFY_WITH_TIMEOUT(!hasCode(watcher.result(), "image-no-alt"), kWait);
        // The replaced file is watched again: a second edit is seen too.
        const int before = watcher.generation();
        QVERIFY(write(dir.filePath("lessons/lesson-1.md"), "# One\n\n#### Deep\n"));
        QTRY_VERIFY_WITH_TIMEOUT(hasCode(watcher.result(), "heading-skip"), kWait);
        QVERIFY(watcher.generation() > before);
    }

    void aBurstOfSavesValidatesOnce()
    {
        test::TempDataDir dir;
        QVERIFY(test::PackSourceWriter().writeTo(dir.path()));
        PackWatcher watcher(dir.path(), QDate(2026, 6, 1));
        watcher.setDebounce(300);
        watcher.start();
        QSignalSpy spy(&watcher, &PackWatcher::validated);
        for (int i = 0; i < 5; ++i)
            QVERIFY(write(dir.filePath("lessons/lesson-1.md"),
                          "# One\n\nVersion " + QByteArray::number(i) + "\n"));
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 1, kWait);
        QTest::qWait(600); // nothing more is pending once the burst is validated
        QCOMPARE(spy.size(), 1);
    }

    void revalidateOnRequest()
    {
        test::TempDataDir dir;
        QVERIFY(test::PackSourceWriter().writeTo(dir.path()));
        PackWatcher watcher(dir.path(), QDate(2026, 6, 1));
        watcher.start();
        watcher.revalidate();
        QCOMPARE(watcher.generation(), 2);
        QVERIFY(watcher.result().manifest.has_value());
    }
};

QTEST_GUILESS_MAIN(TestPackWatcher)
#include "tst_packwatcher.moc"
