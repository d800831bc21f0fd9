#pragma once

#include "packfactory.h"
#include "tempdatadir.h"

#include <QString>
#include <QVariant>
#include <memory>

class QWebEnginePage;

namespace oht::library {
class Library;
}
namespace oht::progress {
class ProgressServices;
}
namespace oht::web {
class LibraryPackContent;
}
namespace oht::ui {
class MainWindow;
class UiSettings;
} // namespace oht::ui

namespace oht::test {

/// The app's object graph as main.cpp wires it, on a throw-away data directory, plus
/// helpers to wait for real pages. `restart()` rebuilds it on the same directory.
class AppHarness
{
public:
    AppHarness();
    ~AppHarness();

    void start();
    void stop();
    void restart()
    {
        stop();
        start();
    }

    ui::MainWindow &window() { return *m_window; }
    library::Library &library() { return *m_library; }
    ui::UiSettings &settings() { return *m_settings; }
    progress::ProgressServices &progress() { return *m_progress; }
    PackFactory &factory() { return m_factory; }
    QString dataDir() const { return m_data.path(); }
    QString workDir() const { return m_work.path(); }

    /// Installs a test course directly (not through the UI).
    bool install(const QString &packId, const QString &title);
    QStringList installedIds() const;

    /// Runs JavaScript in the lesson page and waits for its result.
    static QVariant runJs(QWebEnginePage *page, const QString &script, int timeoutMs = 10000);
    /// Opens an item through the course page and waits until the lesson has loaded.
    bool openLessonAndWait(const QString &packId, const QString &itemId);
    QWebEnginePage *page() const;

private:
    TempDataDir m_data;
    TempDataDir m_work;
    PackFactory m_factory{m_work.path()};
    std::unique_ptr<library::Library> m_library;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<progress::ProgressServices> m_progress;
    std::unique_ptr<web::LibraryPackContent> m_content;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace oht::test
