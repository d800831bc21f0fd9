// bench_progress: figures for recording learners' progress and for the progress page.
//
//   bench_progress [--events N] [--lessons L] [--quizzes Q] [--page-runs R] [--data-dir DIR]
//
// 1. Builds and imports a synthetic course of L lessons and Q quizzes (default 1,900 +
//    100 = 2,000 items, modules of L/Q lessons each ending with a quiz).
// 2. Records N progress events (default 100,000), each through the public API and so in
//    its own committed transaction with synchronous=FULL: 40 % lesson openings, 30 %
//    reading positions, 10 % active-time reports, 5 % completions, 15 % quiz events
//    (start, answer, finish). A fake clock advances 30 s per event (~5 weeks in all).
// 3. Times the progress page's data for the course R times (default 20): completion with
//    per-module figures, score history, weekly time and the study streak.
//
// Prints a table and "RESULT key value" lines. Exits 1 only when something fails.
#include "oht/library/library.h"
#include "oht/packformat/quizparser.h"
#include "oht/packio/packbuilder.h"
#include "oht/progress/activitystats.h"
#include "oht/progress/attemptstore.h"
#include "oht/progress/courseprogress.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressdatabase.h"
#include "syntheticcourse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <algorithm>
#include <clocale>
#include <cstdio>
#include <random>

using namespace oht;

namespace {

void result(const char *key, double value)
{
    std::printf("RESULT %s %.3f\n", key, value);
}

double percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qsizetype(q * double(values.size() - 1))];
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_progress: %s\n", qPrintable(what));
    return 1;
}

struct Kind
{
    explicit Kind(const char *n) : name(n) {}
    const char *name;
    QList<double> ms;
};

} // namespace

int main(int argc, char **argv)
{
    std::setlocale(LC_ALL, "C.UTF-8");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"events", "Progress events to record.", "N", "100000"});
    parser.addOption({"lessons", "Lessons in the course.", "L", "1900"});
    parser.addOption({"quizzes", "Quizzes in the course.", "Q", "100"});
    parser.addOption({"page-runs", "Times to compute the progress page.", "R", "20"});
    parser.addOption({"data-dir", "Where to put the data (default: a temporary folder).", "DIR"});
    parser.process(app);
    const int events = parser.value("events").toInt();
    const int lessons = parser.value("lessons").toInt();
    const int quizzes = std::max(1, parser.value("quizzes").toInt());
    const int pageRuns = std::max(1, parser.value("page-runs").toInt());

    QTemporaryDir tmp;
    const QString dataDir =
        parser.isSet("data-dir") ? parser.value("data-dir") : tmp.filePath(QStringLiteral("data"));

    // 1. The course.
    test::SyntheticCourse::Options options;
    options.lessons = lessons;
    options.wordsPerLesson = 160;
    options.imageEvery = 0;
    options.quizzes = quizzes;
    options.lessonsPerModule = std::max(1, lessons / quizzes);
    QString error;
    const QString src = tmp.filePath(QStringLiteral("src"));
    const QString packFile = tmp.filePath(QStringLiteral("course.ohtpack"));
    if (!test::SyntheticCourse(options).writeTo(src, &error))
        return fail(error);
    packio::BuildReport build;
    if (auto r = packio::PackBuilder(QDate(2026, 1, 2)).build(src, packFile, build); !r)
        return fail(r.error().message);
    auto library = library::Library::open(dataDir);
    if (!library)
        return fail(library.error().message);
    if (auto r = (*library)->importPack(packFile); !r)
        return fail(r.error().message);
    auto manifest = (*library)->manifest(options.packId);
    if (!manifest)
        return fail(manifest.error().message);
    QStringList lessonIds;
    QList<QPair<QString, packformat::Quiz>> quizList;
    for (const auto &item : manifest->items()) {
        if (item.kind == packformat::ItemKind::Lesson) {
            lessonIds << item.id;
            continue;
        }
        packformat::Findings findings;
        auto quiz = packformat::parseQuiz(*(*library)->quizJson(options.packId, item.id), item.file,
                                          findings);
        if (!quiz)
            return fail(QStringLiteral("cannot parse %1").arg(item.file));
        quizList.append({item.id, *quiz});
    }
    const int items = int(manifest->items().size());

    auto db = progress::ProgressDatabase::open(dataDir);
    if (!db)
        return fail(db.error().message);
    QDateTime now(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC);
    const progress::Clock clock = [&now] { return now; };
    auto profile = progress::ProfileStore(**db, clock).create(QStringLiteral("Benchmark learner"));
    if (!profile)
        return fail(profile.error().message);
    const qint64 id = profile->id;
    progress::EventRecorder recorder(**db, clock);
    progress::AttemptStore attempts(**db, **library, clock);

    // 2. Events.
    std::mt19937 rng(4502);
    auto pick = [&](int n) { return int(rng() % quint32(n)); };
    Kind opened{"open"}, position{"position"}, time{"active-time"}, completed{"complete"},
        quizEvents{"quiz"};
    QHash<int, QPair<QUuid, int>> open; // quiz index -> attempt, questions answered
    QElapsedTimer total, one;
    total.start();
    for (int i = 0; i < events; ++i) {
        now = now.addSecs(30);
        const int slot = i % 20;
        Result<void> ok;
        one.start();
        if (slot < 8) {
            ok = recorder.recordOpened(id, options.packId, lessonIds[pick(int(lessonIds.size()))]);
            opened.ms << one.nsecsElapsed() / 1e6;
        } else if (slot < 14) {
            ok = recorder.recordPosition(id, options.packId, lessonIds[pick(int(lessonIds.size()))],
                                         pick(1001) / 1000.0);
            position.ms << one.nsecsElapsed() / 1e6;
        } else if (slot < 16) {
            ok = recorder.addActiveTime(id, options.packId, lessonIds[pick(int(lessonIds.size()))],
                                        5 + pick(115));
            time.ms << one.nsecsElapsed() / 1e6;
        } else if (slot < 17) {
            ok = recorder.markCompleted(id, options.packId, lessonIds[pick(int(lessonIds.size()))]);
            completed.ms << one.nsecsElapsed() / 1e6;
        } else {
            const int q = pick(int(quizList.size()));
            const packformat::Quiz &quiz = quizList[q].second;
            auto it = open.find(q);
            if (it == open.end()) {
                auto started = attempts.start(id, options.packId, quizList[q].first, quiz, rng());
                if (!started)
                    return fail(started.error().message);
                open.insert(q, {started->id, 0});
            } else if (it->second < quiz.questions.size()) {
                quiz::Response response;
                const auto &question = quiz.questions[it->second];
                if (question.type == packformat::QuestionType::TrueFalse)
                    response.truth = pick(2) == 0;
                else
                    response.choices = {pick(2) ? QStringLiteral("a") : QStringLiteral("b")};
                auto graded = attempts.answer(id, it->first, question, response);
                if (!graded)
                    return fail(graded.error().message);
                ++it->second;
            } else {
                auto score = attempts.finish(id, it->first, quiz);
                if (!score)
                    return fail(score.error().message);
                open.erase(it);
            }
            quizEvents.ms << one.nsecsElapsed() / 1e6;
        }
        if (!ok)
            return fail(ok.error().message);
    }
    const double seconds = total.nsecsElapsed() / 1e9;

    // 3. The progress page.
    progress::CourseProgress course(**db, **library);
    progress::ActivityStats stats(**db, QTimeZone::utc());
    QList<double> pageMs, completionMs, historyMs, weeklyMs, streakMs, outlineMs;
    int done = 0, historyPoints = 0, weeks = 0;
    for (int run = 0; run < pageRuns; ++run) {
        QElapsedTimer page, part;
        page.start();
        part.start();
        auto completion = course.completion(id, options.packId);
        completionMs << part.nsecsElapsed() / 1e6;
        part.start();
        auto history = course.scoreHistory(id, options.packId);
        historyMs << part.nsecsElapsed() / 1e6;
        part.start();
        auto weekly = stats.weeklyTime(id, options.packId);
        weeklyMs << part.nsecsElapsed() / 1e6;
        part.start();
        auto streak = stats.streak(id, now.date());
        streakMs << part.nsecsElapsed() / 1e6;
        pageMs << page.nsecsElapsed() / 1e6;
        part.start();
        auto outline = (*library)->outline(options.packId); // part of completion, for scale
        outlineMs << part.nsecsElapsed() / 1e6;
        if (!completion || !history || !weekly || !streak)
            return fail(QStringLiteral("the progress page failed"));
        done = completion->done;
        historyPoints = int(history->size());
        weeks = int(weekly->size());
    }

    std::printf("bench_progress: %d-item course (%d lessons, %d quizzes, %d modules)\n", items,
                int(lessonIds.size()), int(quizList.size()), int(manifest->modules.size()));
    std::printf("\n%d events, one committed transaction each (WAL, synchronous=FULL)\n", events);
    std::printf("  total %.1f s  ->  %.0f events/s\n", seconds, events / seconds);
    std::printf("  %-12s %8s %9s %9s %9s\n", "kind", "count", "p50 ms", "p99 ms", "max ms");
    for (const Kind *k : {&opened, &position, &time, &completed, &quizEvents})
        std::printf("  %-12s %8d %9.3f %9.3f %9.3f\n", k->name, int(k->ms.size()),
                    percentile(k->ms, 0.5), percentile(k->ms, 0.99), percentile(k->ms, 1.0));
    std::printf("\nprogress page data, %d runs (done %d/%d items, %d scores, %d weeks)\n", pageRuns,
                done, items, historyPoints, weeks);
    std::printf("  %-28s %9s %9s\n", "part", "p50 ms", "max ms");
    const QList<QPair<const char *, QList<double> *>> parts = {
        {"completion + per module", &completionMs},
        {"score history", &historyMs},
        {"weekly time", &weeklyMs},
        {"streak", &streakMs},
        {"whole page", &pageMs},
        {"(Library::outline alone)", &outlineMs}};
    for (const auto &[name, ms] : parts)
        std::printf("  %-28s %9.2f %9.2f\n", name, percentile(*ms, 0.5), percentile(*ms, 1.0));
    std::printf("\n");
    result("events", events);
    result("events_per_second", events / seconds);
    result("event_p50_ms",
           percentile(opened.ms + position.ms + time.ms + completed.ms + quizEvents.ms, 0.5));
    result("event_p99_ms",
           percentile(opened.ms + position.ms + time.ms + completed.ms + quizEvents.ms, 0.99));
    result("page_items", items);
    result("page_p50_ms", percentile(pageMs, 0.5));
    result("page_max_ms", percentile(pageMs, 1.0));
    result("completion_p50_ms", percentile(completionMs, 0.5));
    result("score_history_p50_ms", percentile(historyMs, 0.5));
    result("weekly_time_p50_ms", percentile(weeklyMs, 0.5));
    result("streak_p50_ms", percentile(streakMs, 0.5));
    return 0;
}
