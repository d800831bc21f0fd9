#include "oht/ui/mainwindow.h"

#include "oht/core/appinfo.h"
#include "oht/library/library.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/progresswindowcontroller.h"
#include "oht/ui/aboutdialog.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/importcontroller.h"
#include "oht/ui/learnerpositionstore.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/progresscontroller.h"
#include "oht/ui/searchdialog.h"
#include "oht/ui/shortcutsdialog.h"
#include "oht/ui/uisettings.h"
#include "oht/web/lessonview.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace oht::ui {

MainWindow::MainWindow(library::Library &library, UiSettings &settings,
                       const web::PackContent &content, progress::ProgressServices &progress,
                       QWidget *parent)
    : QMainWindow(parent), m_library(library), m_settings(settings), m_progress(progress),
      m_positions(std::make_unique<LearnerPositionStore>(progress, &settings)),
      m_stack(new QStackedWidget(this)), m_libraryPage(new LibraryPage(library, m_stack)),
      m_coursePage(new CoursePage(
          library, new LessonArea(content, *m_positions, settings.zoomFactor()), m_stack)),
      m_import(new ImportController(library.dataDir(), this)),
      m_progressWindow(new progressui::ProgressWindowController(progress, this)),
      m_progressController(new ProgressController(progress, m_coursePage, m_libraryPage, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_stack);
    m_stack->addWidget(m_libraryPage);
    m_stack->addWidget(m_coursePage);
    // Quizzes record for the current learner; passing one changes the course's completion.
    m_coursePage->enableQuizzes(progress);
    connect(m_coursePage, &CoursePage::quizCompleted, m_progressController,
            &ProgressController::refresh);
    statusBar()->setAccessibleName(tr("Status"));
    statusBar()->addPermanentWidget(m_progressController->learnerLabel());
    // My Progress: the open course's progress, or every course's from the library.
    m_progressWindow->setCourseProvider(
        [this] { return isLibraryShown() ? QString() : m_coursePage->packId(); });
    connect(m_coursePage, &CoursePage::progressRequested, m_progressWindow,
            &progressui::ProgressWindowController::showCourse);
    connect(m_progressWindow, &progressui::ProgressWindowController::recordChanged,
            m_progressController, &ProgressController::refresh);
    createActions();
    createMenus();

    connect(m_libraryPage, &LibraryPage::openRequested, this,
            [this](const QString &id) { openCourse(id); });
    connect(m_libraryPage, &LibraryPage::removeRequested, this, &MainWindow::removeCourse);
    connect(m_libraryPage, &LibraryPage::importRequested, this, &MainWindow::chooseFilesToImport);
    connect(m_libraryPage, &LibraryPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_coursePage, &CoursePage::libraryRequested, this, &MainWindow::showLibrary);
    connect(m_coursePage, &CoursePage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_coursePage, &CoursePage::currentChanged, this,
            [this](const QString &packId, const QString &itemId) {
                m_settings.setLastOpened(packId, itemId);
                updateActions();
                updateTitle();
            });
    connect(m_coursePage->lessonArea(), &LessonArea::viewCreated, this,
            &MainWindow::addLessonActions);
    connect(m_coursePage->lessonArea(), &LessonArea::zoomFactorChanged, this,
            [this](double factor) { m_settings.setZoomFactor(factor); });
    connect(m_progressController, &ProgressController::openRequested, this,
            [this](const QString &packId, const QString &itemId) { openCourse(packId, itemId); });
    connect(m_progressController, &ProgressController::libraryRequested, this,
            &MainWindow::showLibrary);
    connect(m_progressController, &ProgressController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_import, &ImportController::packImported, this,
            [this](const QString &packId, const QString &message) {
                statusBar()->showMessage(message, 10000);
                m_libraryPage->reload(packId);
                emit libraryChanged();
            });
    connect(m_import, &ImportController::importCancelled, this, [this] {
        statusBar()->showMessage(tr("Import cancelled. Your library has not been changed."), 10000);
    });
    connect(m_import, &ImportController::importFailed, this, [this] {
        statusBar()->showMessage(
            tr("A course pack was refused. Your library has not been changed."), 10000);
    });

    m_libraryPage->reload();
    // Not showLibrary(): that forgets the last lesson, which restoreSession() reopens.
    m_stack->setCurrentWidget(m_libraryPage);
    updateActions();
    updateTitle();
    resize(1100, 740);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QString &name, QKeySequence key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        addAction(action);
        return action;
    };
    m_importAction =
        make(tr("&Import Course…"), QStringLiteral("importAction"), QKeySequence::Open);
    m_removeAction =
        make(tr("&Remove Course…"), QStringLiteral("removeAction"), QKeySequence::Delete);
    // Delete belongs to text fields too: only the course table gets it.
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_libraryPage->table()->addAction(m_removeAction);
    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit);
    m_libraryAction =
        make(tr("&Library"), QStringLiteral("libraryAction"), QKeySequence(Qt::ALT | Qt::Key_Home));
    m_previousAction = make(tr("&Previous Item"), QStringLiteral("previousAction"),
                            QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextAction =
        make(tr("&Next Item"), QStringLiteral("nextAction"), QKeySequence(Qt::ALT | Qt::Key_Right));
    m_searchAction = make(tr("&Search All Courses…"), QStringLiteral("searchAction"),
                          QKeySequence(Qt::CTRL | Qt::Key_K));
    m_shortcutsAction = make(tr("&Keyboard Shortcuts"), QStringLiteral("shortcutsAction"),
                             QKeySequence::HelpContents);
    m_aboutAction = make(tr("&About HealthTech Toolkit"), QStringLiteral("aboutAction"));

    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QString id =
            isLibraryShown() ? m_libraryPage->selectedPackId() : m_coursePage->packId();
        if (!id.isEmpty())
            removeCourse(id);
    });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_libraryAction, &QAction::triggered, this, &MainWindow::showLibrary);
    connect(m_previousAction, &QAction::triggered, m_coursePage, &CoursePage::previous);
    connect(m_nextAction, &QAction::triggered, m_coursePage, &CoursePage::next);
    connect(m_searchAction, &QAction::triggered, this, [this] { searchDialog()->activate(); });
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_removeAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_libraryAction);
    go->addAction(m_previousAction);
    go->addAction(m_nextAction);
    go->addSeparator();
    go->addAction(m_searchAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setEnabled(false); // filled when the first lesson opens
    menuBar()->addMenu(m_progressController->learnerMenu());
    m_progressController->learnerMenu()->addSeparator();
    m_progressController->learnerMenu()->addAction(m_progressWindow->action());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::addLessonActions(web::LessonView *view)
{
    m_lessonActions = {view->findAction(), view->zoomInAction(), view->zoomOutAction(),
                       view->resetZoomAction()};
    for (QAction *action : std::as_const(m_lessonActions)) {
        // Work from anywhere on the course page, not only with the focus in the lesson.
        action->setShortcutContext(Qt::WindowShortcut);
        m_viewMenu->addAction(action);
        if (action == view->findAction())
            m_viewMenu->addSeparator();
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool inCourse = !isLibraryShown();
    m_removeAction->setEnabled(inCourse ? !m_coursePage->packId().isEmpty()
                                        : !m_libraryPage->selectedPackId().isEmpty());
    m_previousAction->setEnabled(inCourse && m_coursePage->hasPrevious());
    m_nextAction->setEnabled(inCourse && m_coursePage->hasNext());
    m_libraryAction->setEnabled(inCourse);
    const bool lessonShown = inCourse && m_coursePage->isLessonShown();
    m_viewMenu->setEnabled(!m_lessonActions.isEmpty() && lessonShown);
    for (QAction *action : std::as_const(m_lessonActions))
        action->setEnabled(lessonShown);
}

void MainWindow::updateTitle()
{
    setWindowTitle(isLibraryShown() ? tr("HealthTech Toolkit")
                                    : tr("%1 — HealthTech Toolkit").arg(m_coursePage->packTitle()));
}

bool MainWindow::isLibraryShown() const
{
    return m_stack->currentWidget() == m_libraryPage;
}

void MainWindow::showLibrary()
{
    m_stack->setCurrentWidget(m_libraryPage);
    if (!m_coursePage->packId().isEmpty())
        m_libraryPage->selectPack(m_coursePage->packId());
    m_settings.setLastOpened({}, {});
    m_libraryPage->setFocus(Qt::OtherFocusReason);
    updateActions();
    updateTitle();
}

bool MainWindow::openCourse(const QString &packId, const QString &itemId, const QString &findText)
{
    m_stack->setCurrentWidget(m_coursePage);
    const auto opened = m_coursePage->openCourse(packId, itemId, findText);
    if (!opened) {
        showLibrary();
        showError(tr("Course not opened"), opened.error().message);
        return false;
    }
    m_coursePage->setFocus(Qt::OtherFocusReason);
    updateActions();
    updateTitle();
    return true;
}

bool MainWindow::openTarget(const QString &target)
{
    const qsizetype slash = target.indexOf(QLatin1Char('/'));
    const QString packId = slash < 0 ? target : target.left(slash);
    const QString itemId = slash < 0 ? QString() : target.mid(slash + 1);
    if (!m_library.pack(packId)) {
        showError(tr("Course not found"),
                  tr("No installed course has the id “%1”. The library lists the installed "
                     "courses; import the course first.")
                      .arg(packId));
        return false;
    }
    return openCourse(packId, itemId);
}

void MainWindow::restoreSession(bool skipLastLesson)
{
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    const QString packId = m_settings.lastPackId();
    if (skipLastLesson || packId.isEmpty())
        return;
    const QString itemId = m_settings.lastItemId();
    // After the window is up: reopening a lesson starts WebEngine, which must never
    // delay the first paint of the library.
    QTimer::singleShot(0, this, [this, packId, itemId] {
        if (!m_library.pack(packId) || !m_coursePage->openCourse(packId, itemId))
            return;
        m_stack->setCurrentWidget(m_coursePage);
        updateActions();
        updateTitle();
    });
}

void MainWindow::importFiles(const QStringList &files)
{
    m_import->importFiles(files);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Course Packs"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        ImportController::fileFilter());
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::removeCourse(const QString &packId)
{
    const auto pack = m_library.pack(packId);
    if (!pack) {
        showError(tr("Course not removed"), pack.error().message);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Remove Course"),
                    tr("Remove “%1” from your library?").arg(pack->title), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("removeConfirmDialog"));
    box.setInformativeText(tr("Its lessons will be deleted. Your progress in it is kept, and you "
                              "can import the course pack again later."));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const auto removed = m_library.removePack(packId);
    if (!removed) {
        showError(tr("Course not removed"), removed.error().message);
        return;
    }
    m_settings.forgetPack(packId);
    (void)m_library.sweepOrphans();
    statusBar()->showMessage(tr("Removed “%1”.").arg(pack->title), 10000);
    m_libraryPage->reload();
    if (m_coursePage->packId() == packId || !isLibraryShown())
        showLibrary();
    emit libraryChanged();
}

SearchDialog *MainWindow::searchDialog()
{
    if (!m_search) {
        m_search = new SearchDialog(m_library, this);
        connect(m_search, &SearchDialog::hitActivated, this,
                [this](const QString &packId, const QString &itemId, const QString &match) {
                    openCourse(packId, itemId, match);
                });
    }
    return m_search;
}

void MainWindow::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_library.schemaVersion(), m_library.dataDir(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_progressController->flush(); // the last reading position and active time
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && ImportController::isPackFile(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && ImportController::isPackFile(url.toLocalFile()))
            files.append(url.toLocalFile());
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

} // namespace oht::ui
