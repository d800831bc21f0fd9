// An import killed with SIGKILL at any moment leaves the library consistent: the
// database passes integrity_check, the pack is absent or complete (every item, every
// file present with its SHA-256) — or, during an update, the old version intact or the
// new one complete — and the next import succeeds. Kill points are spread over the
// import time measured first; the product has no test hooks.
#include "oht/library/library.h"
#include "oht/packio/packinspector.h"
#include "ohtpackrunner.h"
#include "syntheticcourse.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using oht::test::CliRun;
using oht::test::OhtpackRunner;
using oht::test::SyntheticCourse;
using oht::test::TempDataDir;

namespace {

constexpr int kLessonsV1 = 400;
constexpr int kLessonsV2 = 410;
constexpr qint64 kMediaBytes = 24LL * 1024 * 1024;

struct ExpectedPack
{
    QString version;
    oht::packformat::Manifest manifest; ///< from the built archive, with `files`
    int lessons = 0;
};

} // namespace

class TestImportAtomicity : public QObject
{
    Q_OBJECT

private:
    TempDataDir m_work;
    ExpectedPack m_v1;
    ExpectedPack m_v2;
    QString m_v1Path;
    QString m_v2Path;
    qint64 m_installMs = 0;
    qint64 m_updateMs = 0;

    bool buildPack(const SyntheticCourse::Options &options, const QString &name, QString *path,
                   ExpectedPack *expected)
    {
        const QString src = m_work.filePath(name);
        QString error;
        if (!SyntheticCourse(options).writeTo(src, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        *path = m_work.filePath(name + ".ohtpack");
        const CliRun run = OhtpackRunner().run({"build", src, "-o", *path});
        if (run.exitCode != 0) {
            qWarning("build failed: %s", qPrintable(run.describe()));
            return false;
        }
        const auto inspected = oht::packio::PackInspector().inspect(*path);
        if (!inspected || !inspected->ok())
            return false;
        expected->version = options.version;
        expected->manifest = *inspected->manifest;
        expected->lessons = options.lessons;
        return !expected->manifest.files.isEmpty();
    }

    /// Starts `ohtpack import`, SIGKILLs it after `delayMs` unless it finished before.
    /// Returns true when the kill happened.
    static bool importAndKill(const QString &dataDir, const QString &pack, int delayMs)
    {
        const OhtpackRunner runner(dataDir);
        QProcess process;
        process.setProcessEnvironment(runner.environment());
        process.start(OhtpackRunner::binary(), runner.arguments({"import", pack}));
        if (!process.waitForStarted())
            return false;
        if (process.waitForFinished(delayMs))
            return false;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        return process.exitStatus() == QProcess::CrashExit;
    }

    static qint64 timedImport(const QString &dataDir, const QString &pack)
    {
        QElapsedTimer timer;
        timer.start();
        const CliRun run = OhtpackRunner(dataDir).run({"import", pack});
        return run.exitCode == 0 ? timer.elapsed() : -1;
    }

    /// The raw databases (library and packed blobs) must be sound whatever the library
    /// code does on opening.
    static void checkIntegrity(const QString &dataDir)
    {
        for (const char *name : {"/library.sqlite", "/blobs.sqlite"}) {
            checkDatabase(dataDir + QLatin1String(name));
            if (QTest::currentTestFailed())
                return;
        }
    }

    static void checkDatabase(const QString &file)
    {
        if (!QFileInfo::exists(file))
            return; // killed before the database was created: nothing to check
        const QString connection = QStringLiteral("atomicity-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    /// The library holds nothing of the pack, or exactly one of `allowed`, complete.
    /// `installedVersion` receives the version found (empty when absent).
    static void checkAbsentOrComplete(const QString &dataDir,
                                      const QList<const ExpectedPack *> &allowed,
                                      bool absentAllowed, QString *installedVersion)
    {
        checkIntegrity(dataDir);
        if (QTest::currentTestFailed())
            return;
        auto opened = oht::library::Library::open(dataDir);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        oht::library::Library &library = **opened;
        const auto packs = library.packs();
        QVERIFY(packs);
        installedVersion->clear();
        if (packs->isEmpty()) {
            QVERIFY2(absentAllowed, "the installed pack disappeared");
            const auto hits = library.search(SyntheticCourse::rareWord(0));
            QVERIFY(hits);
            QVERIFY2(hits->isEmpty(), "search index holds lessons of a pack that is not installed");
            return;
        }
        QCOMPARE(packs->size(), 1);
        const oht::library::PackSummary &summary = packs->first();
        const ExpectedPack *expected = nullptr;
        for (const ExpectedPack *e : allowed)
            if (e->version == summary.version)
                expected = e;
        QVERIFY2(expected, qPrintable("unexpected version installed: " + summary.version));
        *installedVersion = summary.version;
        QCOMPARE(summary.lessonCount, expected->lessons);

        const auto manifest = library.manifest(summary.id);
        QVERIFY(manifest);
        QCOMPARE(manifest->items().size(), expected->manifest.items().size());
        for (const auto &item : expected->manifest.items()) {
            if (item.kind == oht::packformat::ItemKind::Lesson) {
                const auto html = library.lessonHtml(summary.id, item.id);
                QVERIFY2(html && !html->isEmpty(), qPrintable(item.id));
            } else {
                const auto json = library.quizJson(summary.id, item.id);
                QVERIFY2(json && !json->isEmpty(), qPrintable(item.id));
            }
        }
        for (const auto &file : expected->manifest.files) {
            const auto bytes = library.readFile(summary.id, file.path);
            QVERIFY2(bytes, qPrintable(file.path));
            QVERIFY2(bytes->size() == file.size, qPrintable(file.path));
            QVERIFY2(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex() ==
                         file.sha256Hex,
                     qPrintable(file.path));
        }
        // The search index matches the installed version: every lesson's own word,
        // and nothing of the other version's extra lessons.
        for (int i : {0, expected->lessons - 1, kLessonsV2 - 1}) {
            const auto hits = library.search(SyntheticCourse::rareWord(i));
            QVERIFY(hits);
            QCOMPARE(hits->size(), i < expected->lessons ? 1 : 0);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
        SyntheticCourse::Options v1;
        v1.packId = QStringLiteral("org.example.atomicity");
        v1.lessons = kLessonsV1;
        v1.mediaBytes = kMediaBytes;
        QVERIFY(buildPack(v1, "v1", &m_v1Path, &m_v1));
        SyntheticCourse::Options v2 = v1;
        v2.version = QStringLiteral("1.1.0");
        v2.lessons = kLessonsV2;
        v2.seed = 2026; // every lesson and media file changes
        QVERIFY(buildPack(v2, "v2", &m_v2Path, &m_v2));

        // Kill points are fractions of these durations, so they land inside the import
        // on a fast or a slow machine alike.
        TempDataDir timing;
        m_installMs = timedImport(timing.path(), m_v1Path);
        QVERIFY(m_installMs > 0);
        m_updateMs = timedImport(timing.path(), m_v2Path);
        QVERIFY(m_updateMs > 0);
        qInfo("import took %lld ms, update %lld ms", m_installMs, m_updateMs);
    }

    void killDuringInstall_data()
    {
        QTest::addColumn<double>("fraction");
        for (double f : {0.05, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0, 1.1})
            QTest::addRow("at %d%%", int(f * 100)) << f;
        QTest::newRow("after completion") << 4.0;
    }

    void killDuringInstall()
    {
        QFETCH(double, fraction);
        TempDataDir data;
        const bool killed = importAndKill(data.path(), m_v1Path, int(m_installMs * fraction));
        qInfo("killed: %s", killed ? "yes" : "no (finished first)");
        QString version;
        checkAbsentOrComplete(data.path(), {&m_v1}, killed, &version);
        if (QTest::currentTestFailed())
            return;

        const CliRun again = OhtpackRunner(data.path()).run({"import", m_v1Path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.outText().contains(version.isEmpty() ? "Installed" : "Already installed"),
                 qPrintable(again.describe()));
        checkAbsentOrComplete(data.path(), {&m_v1}, false, &version);
        QCOMPARE(version, m_v1.version);
    }

    void killDuringUpdate_data()
    {
        QTest::addColumn<double>("fraction");
        for (double f : {0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 1.1})
            QTest::addRow("at %d%%", int(f * 100)) << f;
        QTest::newRow("after completion") << 4.0;
    }

    void killDuringUpdate()
    {
        QFETCH(double, fraction);
        TempDataDir data;
        QVERIFY(timedImport(data.path(), m_v1Path) > 0);
        const bool killed = importAndKill(data.path(), m_v2Path, int(m_updateMs * fraction));
        qInfo("killed: %s", killed ? "yes" : "no (finished first)");
        QString version;
        checkAbsentOrComplete(data.path(), {&m_v1, &m_v2}, false, &version);
        if (QTest::currentTestFailed())
            return;
        if (!killed)
            QCOMPARE(version, m_v2.version);

        const CliRun again = OhtpackRunner(data.path()).run({"import", m_v2Path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        checkAbsentOrComplete(data.path(), {&m_v2}, false, &version);
        QCOMPARE(version, m_v2.version);
    }
};

QTEST_GUILESS_MAIN(TestImportAtomicity)
#include "tst_importatomicity.moc"
