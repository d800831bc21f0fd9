#include "appharness.h"

#include "oht/library/library.h"
#include "oht/progress/progressservices.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/mainwindow.h"
#include "oht/ui/uisettings.h"
#include "oht/web/lessonview.h"
#include "oht/web/librarypackcontent.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>

namespace oht::test {

AppHarness::AppHarness()
{
    start();
}

AppHarness::~AppHarness()
{
    stop();
}

void AppHarness::start()
{
    auto opened = library::Library::open(m_data.path());
    if (!opened)
        qFatal("Library::open failed: %s", qPrintable(opened.error().message));
    m_library = std::move(opened.value());
    m_settings = std::make_unique<ui::UiSettings>(m_data.path());
    auto progress = progress::ProgressServices::open(m_data.path(), *m_library);
    if (!progress)
        qFatal("ProgressServices::open failed: %s", qPrintable(progress.error().message));
    m_progress = std::move(progress.value());
    const auto learner = m_progress->startupProfile();
    if (!learner || !m_progress->activate(*learner))
        qFatal("no startup profile");
    m_content = std::make_unique<web::LibraryPackContent>(*m_library);
    m_window = std::make_unique<ui::MainWindow>(*m_library, *m_settings, *m_content, *m_progress);
}

void AppHarness::stop()
{
    if (m_window) {
        m_window->close(); // saves geometry, as on quit
        m_window.reset();
    }
    m_content.reset();
    m_progress.reset();
    if (m_settings)
        m_settings->sync();
    m_settings.reset();
    m_library.reset();
}

bool AppHarness::install(const QString &packId, const QString &title)
{
    const QString file = m_factory.course(packId, title);
    return !file.isEmpty() && m_library->importPack(file).ok();
}

QStringList AppHarness::installedIds() const
{
    QStringList ids;
    const auto packs = m_library->packs();
    if (packs) {
        for (const auto &pack : *packs)
            ids << pack.id + QLatin1Char('@') + pack.version;
    }
    ids.sort();
    return ids;
}

QVariant AppHarness::runJs(QWebEnginePage *page, const QString &script, int timeoutMs)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QTest::qWaitFor([&] { return done; }, timeoutMs);
    return result;
}

QWebEnginePage *AppHarness::page() const
{
    web::LessonView *view = m_window->coursePage()->lessonArea()->view();
    return view ? view->page() : nullptr;
}

bool AppHarness::openLessonAndWait(const QString &packId, const QString &itemId)
{
    if (!m_window->openCourse(packId))
        return false;
    QSignalSpy loaded(m_window->coursePage()->lessonArea(), &ui::LessonArea::loadFinished);
    if (!m_window->coursePage()->showItem(itemId))
        return false;
    return loaded.wait(20000) && loaded.first().first().toBool();
}

} // namespace oht::test
