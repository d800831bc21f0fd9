// bench_import: in-process figures for the import and search benchmark.
//
//   bench_import --generate N [--media-mb M]  generate N lessons (C++ generator), then
//                                             build, import and search in-process
//   bench_import --source SRC_DIR             same with a pack source (gen_pack.py)
//   bench_import --data-dir DIR --skip-import search an already imported library only
//   common options: --queries Q (default 1000), --limit L (default 20)
//
// Prints a table for people and "RESULT key value" lines for run-bench.sh. Exits 1 only
// when something does not work (a failed build/import, a rare word not found): never
// because of speed, so the smoke run can be a CTest test.
#include "oht/library/library.h"
#include "oht/packio/packbuilder.h"
#include "syntheticcourse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <clocale>
#include <cstdio>
#include <random>
#include <time.h>

using oht::test::SyntheticCourse;

namespace {

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms.isEmpty() ? 0.0 : ms[qsizetype(q * double(ms.size() - 1))];
    };
    return {at(0.50), at(0.95), at(0.99), ms.isEmpty() ? 0.0 : ms.last()};
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

void result(const char *key, double value)
{
    std::printf("RESULT %s %.3f\n", key, value);
}

/// CPU time of this thread: unlike wall time, barely affected by other processes.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Runs the queries, returns the wall latencies in ms (CPU times in `cpuMs`); counts
/// queries whose hits break `ok`.
template <typename Check>
QList<double> timeQueries(const oht::library::Library &library, const QStringList &queries,
                          int limit, Check ok, int *failures, QList<double> *cpuMs = nullptr)
{
    QList<double> ms;
    ms.reserve(queries.size());
    QElapsedTimer timer;
    for (const QString &q : queries) {
        const double cpuStart = threadCpuMs();
        timer.start();
        const auto hits = library.search(q, limit);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (cpuMs)
            cpuMs->append(threadCpuMs() - cpuStart);
        if (!hits || !ok(*hits)) {
            if (++*failures <= 3)
                std::fprintf(stderr, "bench_import: unexpected result for \"%s\"%s\n",
                             qPrintable(q), hits ? "" : qPrintable(": " + hits.error().message));
        }
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setlocale(LC_CTYPE, "C.UTF-8");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import and search benchmark (in-process)."));
    parser.addHelpOption();
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      QStringLiteral("Generate N lessons."), QStringLiteral("N"));
    const QCommandLineOption mediaMb(QStringLiteral("media-mb"),
                                     QStringLiteral("Extra media for --generate."),
                                     QStringLiteral("M"), "0");
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Pack source folder."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Library folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption skipImport(QStringLiteral("skip-import"),
                                        QStringLiteral("Only search the library in --data-dir."));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("Queries per kind."),
                                     QStringLiteral("Q"), QStringLiteral("1000"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Hits per query."),
                                   QStringLiteral("L"), QStringLiteral("20"));
    parser.addOptions({generate, mediaMb, source, dataDir, skipImport, queries, limit});
    parser.process(app);

    QTemporaryDir work;
    const QString libraryDir =
        parser.isSet(dataDir) ? parser.value(dataDir) : work.filePath("library");
    if (parser.isSet(skipImport) && !parser.isSet(dataDir))
        qFatal("--skip-import needs --data-dir");

    if (!parser.isSet(skipImport)) {
        QString src = parser.value(source);
        if (parser.isSet(generate)) {
            SyntheticCourse::Options options;
            options.packId = QStringLiteral("org.example.bench");
            options.lessons = parser.value(generate).toInt();
            options.mediaBytes = parser.value(mediaMb).toLongLong() * 1024 * 1024;
            src = work.filePath("source");
            QString error;
            if (!SyntheticCourse(options).writeTo(src, &error)) {
                std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
                return 1;
            }
        }
        if (src.isEmpty()) {
            std::fprintf(stderr,
                         "bench_import: give --generate N, --source DIR or --skip-import\n");
            return 2;
        }
        const double mb = double(folderBytes(src)) / 1e6;
        const QString pack = work.filePath("bench.ohtpack");
        QElapsedTimer timer;
        timer.start();
        oht::packio::BuildReport report;
        const auto built = oht::packio::PackBuilder().build(src, pack, report);
        const double buildS = double(timer.nsecsElapsed()) / 1e9;
        if (!built) {
            std::fprintf(stderr, "bench_import: build failed: %s\n",
                         qPrintable(built.error().message));
            return 1;
        }
        timer.start();
        auto opened = oht::library::Library::open(libraryDir);
        if (!opened) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        const auto imported = (*opened)->importPack(pack);
        const double importS = double(timer.nsecsElapsed()) / 1e9;
        if (!imported) {
            std::fprintf(stderr, "bench_import: import failed: %s\n",
                         qPrintable(imported.error().message));
            return 1;
        }
        std::printf("in-process build   %8.3f s  (%.1f MB source, %d files, %.1f MB pack)\n",
                    buildS, mb, report.fileCount, double(report.archiveBytes) / 1e6);
        std::printf("in-process import  %8.3f s  (library open included)\n", importS);
        result("inproc_build_s", buildS);
        result("inproc_import_s", importS);
    }

    // What every `ohtpack` command pays before it can answer (one Library::open).
    const double openCpuStart = threadCpuMs();
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = oht::library::Library::open(libraryDir);
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    const double openCpuMs = threadCpuMs() - openCpuStart;
    if (!opened) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::printf("library open       %8.1f ms wall, %.1f ms CPU\n", openMs, openCpuMs);
    result("open_ms", openMs);
    result("open_cpu_ms", openCpuMs);
    const oht::library::Library &library = **opened;
    const auto packs = library.packs();
    if (!packs || packs->isEmpty()) {
        std::fprintf(stderr, "bench_import: the library in %s is empty\n", qPrintable(libraryDir));
        return 1;
    }
    int lessons = 0;
    for (const auto &p : *packs)
        lessons += p.lessonCount;

    const int perKind = parser.value(queries).toInt();
    const int hitLimit = parser.value(limit).toInt();
    std::mt19937 rng(4502);
    const QStringList &vocab = SyntheticCourse::vocabulary();
    QStringList rare, common;
    for (int i = 0; i < perKind; ++i) {
        rare << SyntheticCourse::rareWord(int(rng() % quint32(lessons)));
        common << vocab[int(rng() % quint32(vocab.size()))] + QLatin1Char(' ') +
                      vocab[int(rng() % quint32(vocab.size()))];
    }
    // Warm up: page cache, SQLite cache, prepared statements.
    int ignored = 0;
    timeQueries(
        library, rare.mid(0, 50) + common.mid(0, 50), hitLimit, [](auto &) { return true; },
        &ignored);

    int failures = 0;
    QList<double> rareCpu, commonCpu;
    const auto rareMs = timeQueries(
        library, rare, hitLimit,
        [](const auto &hits) {
            return hits.size() == 1 && hits.first().snippet.contains(QLatin1String("<mark>"));
        },
        &failures, &rareCpu);
    const auto commonMs = timeQueries(
        library, common, hitLimit,
        [&](const auto &hits) {
            return !hits.isEmpty() && hits.first().snippet.contains(QLatin1String("<mark>"));
        },
        &failures, &commonCpu);
    const Percentiles r = percentiles(rareMs);
    const Percentiles c = percentiles(commonMs);
    const Percentiles rc = percentiles(rareCpu);
    const Percentiles cc = percentiles(commonCpu);
    std::printf("search, %d lessons, %d queries each, limit %d, snippets included (ms):\n", lessons,
                perKind, hitLimit);
    std::printf("  %-22s p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.3f\n", "rare word", r.p50, r.p95,
                r.p99, r.max);
    std::printf("  %-22s p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.3f\n", "common two words", c.p50,
                c.p95, c.p99, c.max);
    std::printf("  %-22s p50 %7.3f  p95 %7.3f  (CPU time)\n", "rare word", rc.p50, rc.p95);
    std::printf("  %-22s p50 %7.3f  p95 %7.3f  (CPU time)\n", "common two words", cc.p50, cc.p95);
    result("rare_cpu_p95_ms", rc.p95);
    result("common_cpu_p95_ms", cc.p95);
    result("rare_p50_ms", r.p50);
    result("rare_p95_ms", r.p95);
    result("common_p50_ms", c.p50);
    result("common_p95_ms", c.p95);
    if (failures > 0) {
        std::fprintf(stderr, "bench_import: %d queries gave unexpected results\n", failures);
        return 1;
    }
    return 0;
}
