#include "startupbenchmark.h"

#include "oht/library/library.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"
#include "oht/ui/outlinemodel.h"
#include "oht/web/lessonview.h"

#include <QEvent>
#include <QWindow>
#include <QTimer>
#include <cstdio>

namespace oht::toolkit {

StartupBenchmark::StartupBenchmark(ui::MainWindow &window, QElapsedTimer sinceMain)
    : QObject(&window), m_window(window), m_sinceMain(sinceMain)
{
    // Expose events go to the native window, not the widget: create it now to watch it.
    m_window.winId();
    m_window.windowHandle()->installEventFilter(this);
}

void StartupBenchmark::report(const char *name, qint64 ms)
{
    std::printf("oht-bench %s %lld\n", name, static_cast<long long>(ms));
    std::fflush(stdout);
}

bool StartupBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.windowHandle() && event->type() == QEvent::Expose && !m_exposed &&
        m_window.windowHandle()->isExposed()) {
        m_exposed = true;
        report("window-exposed-ms-since-main", m_sinceMain.elapsed());
        report("courses", m_window.libraryPage()->courseCount());
        // Let the first frame be painted before the lesson work starts.
        QTimer::singleShot(200, this, &StartupBenchmark::openLessons);
    }
    return QObject::eventFilter(watched, event);
}

void StartupBenchmark::openLessons()
{
    const QString packId = m_window.libraryPage()->selectedPackId();
    if (packId.isEmpty() || !m_window.openCourse(packId)) {
        std::printf("oht-bench error no-course\n");
        std::fflush(stdout);
        return;
    }
    ui::CoursePage *page = m_window.coursePage();
    for (const QString &id : page->outlineModel()->itemIds()) {
        const QModelIndex index = page->outlineModel()->indexOfItem(id);
        if (index.data(ui::OutlineModel::ItemKindRole).toInt() == int(packformat::ItemKind::Lesson))
            m_lessons.append(id);
    }
    if (m_lessons.size() < 2) {
        std::printf("oht-bench error needs-two-lessons\n");
        std::fflush(stdout);
        return;
    }
    m_lesson.start();
    (void)page->showItem(m_lessons.at(0));
    connect(page->lessonArea(), &ui::LessonArea::loadFinished, this, [this, page](bool ok) {
        ++m_loads;
        report(m_loads == 1 ? "lesson-cold-ms" : "lesson-warm-ms", m_lesson.elapsed());
        if (!ok)
            std::printf("oht-bench error load-failed\n");
        if (m_loads == 1) {
            // Give Chromium a moment, as a learner would take to read.
            QTimer::singleShot(500, this, [this, page] {
                m_lesson.start();
                (void)page->showItem(m_lessons.at(1));
            });
        } else if (m_loads == 2) {
            QTimer::singleShot(1500, this, [] {
                std::printf("oht-bench ready\n");
                std::fflush(stdout);
            });
        }
    });
}

} // namespace oht::toolkit
