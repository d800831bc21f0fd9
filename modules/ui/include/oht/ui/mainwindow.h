#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QMenu;
class QStackedWidget;

namespace oht::library {
class Library;
}
namespace oht::progress {
class ProgressServices;
}
namespace oht::progressui {
class ProgressWindowController;
}
namespace oht::web {
class LessonView;
class PackContent;
} // namespace oht::web

namespace oht::catalogui {
class CatalogActions;
}
namespace oht::reviewui {
class ReviewLauncher;
}

namespace oht::ui {

class CoursePage;
class ImportController;
class LearnerPositionStore;
class LibraryPage;
class ProgressController;
class SearchDialog;
class UiSettings;

/// The app window: a stack of the library page and the course page, the menus, drop of
/// course packs, and the glue between them. The pages, dialogs and controllers do the
/// work; this class only connects them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `progress` must already have a current learner (ProgressServices::activate).
    MainWindow(library::Library &library, UiSettings &settings, const web::PackContent &content,
               progress::ProgressServices &progress, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Restores geometry; reopens the last lesson unless `skipLastLesson`.
    void restoreSession(bool skipLastLesson);
    /// `--open PACK_ID[/ITEM_ID]`: false (and a message) when there is no such course.
    bool openTarget(const QString &target);
    void importFiles(const QStringList &files);
    /// The catalog GUI: File → Get Courses… and Export Course…, the download indicator
    /// (mainwindowcatalog.cpp).
    void addCatalog(catalogui::CatalogActions *catalog);
    /// Reviewer mode: File → Open Pack Folder for Review… (mainwindowreview.cpp).
    void addReview(reviewui::ReviewLauncher *launcher);

    void showLibrary();
    bool openCourse(const QString &packId, const QString &itemId = {},
                    const QString &findText = {});
    void removeCourse(const QString &packId);
    SearchDialog *searchDialog();

    LibraryPage *libraryPage() const { return m_libraryPage; }
    CoursePage *coursePage() const { return m_coursePage; }
    ImportController *importController() const { return m_import; }
    progressui::ProgressWindowController *progressWindow() const { return m_progressWindow; }
    ProgressController *progressController() const { return m_progressController; }
    progress::ProgressServices &progress() const { return m_progress; }
    QAction *importAction() const { return m_importAction; }
    QAction *searchAction() const { return m_searchAction; }
    bool isLibraryShown() const;

signals:
    /// A course was added, updated or removed.
    void libraryChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void chooseFilesToImport();
    void addLessonActions(web::LessonView *view);
    void updateActions();
    void updateTitle();
    void showShortcuts();
    void showAbout();
    void showError(const QString &title, const QString &text);

    library::Library &m_library;
    UiSettings &m_settings;
    progress::ProgressServices &m_progress;
    /// Per-learner reading positions (before the pages: the lesson area uses it).
    std::unique_ptr<LearnerPositionStore> m_positions;
    QStackedWidget *m_stack;
    LibraryPage *m_libraryPage;
    CoursePage *m_coursePage;
    ImportController *m_import;
    progressui::ProgressWindowController *m_progressWindow;
    ProgressController *m_progressController;
    SearchDialog *m_search = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_lessonActions;
};

} // namespace oht::ui
