// Lesson render benchmark: how long from "open this lesson" to a rendered page, the
// first time (Chromium not started yet: the view is created lazily, as the app does)
// and warm (next lessons in the same view); plus resident memory over all processes.
// A harness that prints figures, not a timed test. Run under Xvfb for real painting:
//   xvfb-run -a build/tests/bin/bench_lesson_render [--runs 20] [--screenshot /tmp/lesson]
#include "oht/library/library.h"
#include "oht/packio/packbuilder.h"
#include "oht/web/lessonview.h"
#include "oht/web/librarypackcontent.h"
#include "oht/web/packscheme.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace oht;

namespace {

struct Lesson
{
    QString packId;
    QString itemId;
};

/// Resident memory (KiB) of `pid` and all its descendants (QtWebEngineProcess...).
qint64 treeRssKiB(qint64 root, qint64 *own, qint64 *pssTotal, QStringList *detail)
{
    QHash<qint64, qint64> parent;
    QHash<qint64, qint64> rss;
    QHash<qint64, QString> name;
    QHash<qint64, qint64> pss;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                name[pid] = QString::fromUtf8(line.mid(5).trimmed());
            else if (line.startsWith("PPid:"))
                parent[pid] = line.mid(5).trimmed().toLongLong();
            else if (line.startsWith("VmRSS:"))
                rss[pid] = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    qint64 total = 0;
    for (auto it = rss.cbegin(); it != rss.cend(); ++it) {
        for (qint64 p = it.key(); p > 1; p = parent.value(p, 0)) {
            if (p == root) {
                total += it.value();
                QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(it.key()));
                if (rollup.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : rollup.readAll().split('\n'))
                        if (line.startsWith("Pss:"))
                            pss[it.key()] = line.mid(4).trimmed().split(' ').first().toLongLong();
                }
                *pssTotal += pss.value(it.key());
                detail->append(
                    QStringLiteral("%1 (%2): %3 MB")
                        .arg(name.value(it.key()))
                        .arg(it.key())
                        .arg(it.value() / 1024.0, 0, 'f', 1) +
                    QStringLiteral(" (PSS %1 MB)").arg(pss.value(it.key()) / 1024.0, 0, 'f', 1));
                break;
            }
        }
    }
    *own = rss.value(root);
    return total;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed())
                                          : QString();
}

/// CPU time (user + system, ms) used so far by `root` and its descendants: a figure
/// that, unlike wall time, does not grow when other programs load the machine.
double treeCpuMs(qint64 root)
{
    QHash<qint64, qint64> parent;
    QHash<qint64, qint64> ticks;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // Fields after the ")" closing the command name: state ppid ... utime(14) stime(15).
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            continue;
        parent[pid] = fields.at(1).toLongLong();
        ticks[pid] = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    }
    qint64 total = 0;
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it) {
        for (qint64 p = it.key(); p > 1; p = parent.value(p, 0)) {
            if (p == root) {
                total += it.value();
                break;
            }
        }
    }
    return total * 1000.0 / sysconf(_SC_CLK_TCK);
}

/// Waits until the view shows a lesson that differs from `before` (null: anything) on
/// the stylesheet's background, i.e. the new page has really been painted; returns
/// false after `timeoutMs`.
bool waitPainted(QWidget *view, const QImage &before, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const QImage image = view->grab().toImage();
        if (!image.isNull() && image.width() > 40 && image != before) {
            // The left margin (not the scroll bar on the right).
            const QColor c = image.pixelColor(20, image.height() / 2);
            if (c == QColor(0xfd, 0xfc, 0xfa) || c == QColor(0x1b, 0x1d, 0x21))
                return true;
        }
        if (qEnvironmentVariableIsSet("OHT_BENCH_DUMP"))
            image.save(QStringLiteral("/tmp/bench-grab.png"));
        QEventLoop loop;
        QTimer::singleShot(4, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

bool openAndWait(web::LessonView &view, const Lesson &lesson)
{
    QSignalSpy finished(&view, &web::LessonView::loadFinished);
    if (!view.openLesson(lesson.packId, lesson.itemId).ok())
        return false;
    return finished.wait(30000) && finished.first().first().toBool();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer process;
    process.start();
    web::registerPackScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int warmRuns = runsAt > 0 ? qMax(1, args.value(runsAt + 1).toInt()) : 20;

    // A library with the bundled packs, built from their sources.
    QTemporaryDir dir;
    auto library = library::Library::open(dir.filePath(QStringLiteral("data")));
    if (!library) {
        std::fprintf(stderr, "library: %s\n", qPrintable(library.error().message));
        return 1;
    }
    const QDir packs(QStringLiteral(OHT_SOURCE_DIR "/resources/packs"));
    for (const QString &name : packs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!QFile::exists(packs.filePath(name + QStringLiteral("/pack.json"))))
            continue;
        const QString out = dir.filePath(name + QStringLiteral(".ohtpack"));
        packio::BuildReport report;
        if (!packio::PackBuilder().build(packs.filePath(name), out, report) ||
            !(*library)->importPack(out)) {
            std::fprintf(stderr, "skipping pack %s\n", qPrintable(name));
        }
    }
    QList<Lesson> lessons;
    const auto installed = (*library)->packs();
    for (const library::PackSummary &pack : installed.value()) {
        for (const packformat::OutlineItem &item : (*library)->manifest(pack.id)->items()) {
            if (item.kind == packformat::ItemKind::Lesson)
                lessons.append({pack.id, item.id});
        }
    }
    if (lessons.size() < 2) {
        std::fprintf(stderr, "need at least two lessons\n");
        return 1;
    }
    web::LibraryPackContent content(**library);

    // The window the lesson area lives in, already on screen (as in the app).
    QWidget window;
    window.resize(1100, 800);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();

    // Cold: the click creates the view (profile, page, Chromium) and opens the lesson.
    const qint64 self = QCoreApplication::applicationPid();
    const double cpuBeforeCold = treeCpuMs(self);
    QElapsedTimer cold;
    cold.start();
    auto *view = new web::LessonView(content, &window);
    view->setGeometry(window.rect());
    view->show();
    const qint64 created = cold.elapsed();
    if (!openAndWait(*view, lessons.first())) {
        std::fprintf(stderr, "first lesson did not load\n");
        return 1;
    }
    const qint64 coldLoaded = cold.elapsed();
    const bool coldPainted = waitPainted(view->webView(), QImage(), 10000);
    const qint64 coldPaintedMs = cold.elapsed();
    const double coldCpu = treeCpuMs(self) - cpuBeforeCold;

    // Optional: a picture of the first lesson in either theme, to look at the typography.
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshot")); at > 0) {
        for (const auto theme : {web::LessonTheme::Light, web::LessonTheme::Dark}) {
            view->setTheme(theme);
            QEventLoop loop;
            QTimer::singleShot(500, &loop, &QEventLoop::quit);
            loop.exec();
            const QString suffix = theme == web::LessonTheme::Dark ? QStringLiteral("-dark.png")
                                                                   : QStringLiteral("-light.png");
            view->webView()->grab().save(args.value(at + 1) + suffix);
        }
        view->setTheme(web::LessonTheme::Light);
    }

    // Warm: the following lessons, round robin over all installed lessons.
    // Warm without watching the paint (the grabs cost CPU themselves).
    const double cpuBeforeLoads = treeCpuMs(self);
    QList<double> loadsOnly;
    QSet<qint64> renderers; // a new renderer process per lesson would be costly
    for (int i = 0; i < warmRuns; ++i) {
        const Lesson &lesson = lessons.at(1 + i % (lessons.size() - 1));
        QElapsedTimer warm;
        warm.start();
        if (!openAndWait(*view, lesson))
            return 1;
        loadsOnly.append(warm.nsecsElapsed() / 1e6);
        renderers.insert(view->page()->renderProcessPid());
    }
    const double loadsCpu = (treeCpuMs(self) - cpuBeforeLoads) / warmRuns;
    std::sort(loadsOnly.begin(), loadsOnly.end());

    const double cpuBeforeWarm = treeCpuMs(self);
    QList<double> warmLoaded;
    QList<double> warmPainted;
    for (int i = 0; i < warmRuns; ++i) {
        const Lesson &lesson = lessons.at(1 + i % (lessons.size() - 1));
        const QImage before = view->webView()->grab().toImage();
        QElapsedTimer warm;
        warm.start();
        if (!openAndWait(*view, lesson)) {
            std::fprintf(stderr, "lesson %s/%s did not load\n", qPrintable(lesson.packId),
                         qPrintable(lesson.itemId));
            return 1;
        }
        warmLoaded.append(warm.nsecsElapsed() / 1e6);
        if (!waitPainted(view->webView(), before, 5000))
            std::fprintf(stderr, "paint not detected for %s\n", qPrintable(lesson.itemId));
        warmPainted.append(warm.nsecsElapsed() / 1e6);
    }
    const double warmCpu = (treeCpuMs(self) - cpuBeforeWarm) / warmRuns;
    std::sort(warmLoaded.begin(), warmLoaded.end());
    std::sort(warmPainted.begin(), warmPainted.end());

    // The library side of a warm open, alone: what the scheme handler asks for.
    QElapsedTimer lookups;
    lookups.start();
    for (const Lesson &lesson : lessons) {
        const auto path = content.lessonPath(lesson.packId, lesson.itemId);
        const auto document = content.lessonAt(lesson.packId, *path);
        if (!document || !document->has_value())
            std::fprintf(stderr, "lookup failed for %s\n", qPrintable(lesson.itemId));
    }
    const double lookupMs = lookups.nsecsElapsed() / 1e6 / lessons.size();

    qint64 ownKiB = 0;
    qint64 pssKiB = 0;
    QStringList processes;
    const qint64 totalKiB =
        treeRssKiB(QCoreApplication::applicationPid(), &ownKiB, &pssKiB, &processes);

    std::printf("lessons installed: %lld (platform %s)\n", qlonglong(lessons.size()),
                qPrintable(QGuiApplication::platformName()));
    std::printf("cold first lesson: view created %lld ms, loaded %lld ms, painted %lld ms%s\n",
                qlonglong(created), qlonglong(coldLoaded), qlonglong(coldPaintedMs),
                coldPainted ? "" : " (paint not detected)");
    std::printf("warm lesson (n=%lld): loaded median %.1f ms, max %.1f ms; painted median %.1f "
                "ms, max %.1f ms\n",
                qlonglong(warmLoaded.size()), warmLoaded.at(warmLoaded.size() / 2),
                warmLoaded.last(), warmPainted.at(warmPainted.size() / 2), warmPainted.last());
    std::printf("warm lesson, no paint watching (n=%lld): loaded median %.1f ms, max %.1f ms, "
                "CPU %.0f ms each, %lld renderer process(es)\n",
                qlonglong(loadsOnly.size()), loadsOnly.at(loadsOnly.size() / 2), loadsOnly.last(),
                loadsCpu, qlonglong(renderers.size()));
    std::printf("CPU time, all processes: cold first lesson %.0f ms, warm lesson %.0f ms each "
                "(includes the paint-detection grabs)\n",
                coldCpu, warmCpu);
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    std::printf("library lookups per lesson open (lessonPath + lessonAt): %.2f ms\n", lookupMs);
    std::printf("resident memory, all processes: RSS %.1f MB, PSS %.1f MB (this process RSS "
                "%.1f MB)\n",
                totalKiB / 1024.0, pssKiB / 1024.0, ownKiB / 1024.0);
    for (const QString &process : processes)
        std::printf("  %s\n", qPrintable(process));
    std::printf("process lifetime: %lld ms\n", qlonglong(process.elapsed()));
    delete view;
    return 0;
}
