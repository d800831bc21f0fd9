// bench_progresspage: how long the progress page (widgets and charts included) takes to
// open on a large course, over a data folder bench_progress has filled:
//
//   bench_progress --data-dir DIR            # 2,000-item course, 100,000 events
//   bench_progresspage --data-dir DIR [--runs R]
//
// Times, for the first profile and the first installed course: the first opening (cold:
// widgets and charts created, the database's pages read for the first time), then R warm
// openings of the course page and of the all-courses page, each until painted
// (QWidget::grab). Prints "RESULT key value" lines (milliseconds).
#include "oht/library/library.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressdatabase.h"
#include "oht/progressui/progresspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace oht;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_progresspage: %s\n", qPrintable(what));
    return 1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"data-dir", "A data folder filled by bench_progress --data-dir.", "DIR"});
    parser.addOption({"runs", "Warm openings to time.", "R", "10"});
    parser.process(app);
    if (!parser.isSet("data-dir"))
        return fail(QStringLiteral("--data-dir is required (fill it with bench_progress)"));
    const QString dataDir = parser.value("data-dir");
    const int runs = std::max(1, parser.value("runs").toInt());

    QElapsedTimer open;
    open.start();
    auto library = library::Library::open(dataDir);
    auto db = progress::ProgressDatabase::open(dataDir);
    if (!library || !db)
        return fail(QStringLiteral("cannot open the data folder"));
    const double openMs = open.nsecsElapsed() / 1e6;
    auto packs = (*library)->packs();
    auto profiles = progress::ProfileStore(**db).list();
    if (!packs || packs->isEmpty() || !profiles || profiles->isEmpty())
        return fail(QStringLiteral("no course or no learner in %1").arg(dataDir));
    const QString packId = packs->first().id;

    progressui::ProgressPage page(**db, **library);
    page.resize(1000, 900);
    page.show();
    QElapsedTimer t;
    t.start();
    page.setProfileId(profiles->first().id);
    page.showCourse(packId);
    page.grab();
    const double coldMs = t.nsecsElapsed() / 1e6;

    QList<double> course;
    QList<double> overall;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        page.showCourse(packId);
        page.grab();
        course << t.nsecsElapsed() / 1e6;
        t.restart();
        page.showOverall();
        page.grab();
        overall << t.nsecsElapsed() / 1e6;
    }
    std::printf("progress page over %s (course %s, %lld learner(s))\n", qPrintable(dataDir),
                qPrintable(packId), static_cast<long long>(profiles->size()));
    std::printf("RESULT open_databases_ms %.1f\n", openMs);
    std::printf("RESULT course_page_cold_ms %.1f\n", coldMs);
    std::printf("RESULT course_page_warm_median_ms %.1f\n", median(course));
    std::printf("RESULT overall_page_warm_median_ms %.1f\n", median(overall));
    return 0;
}
