#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QWidget;

namespace oht::progress {
class ProgressServices;
struct Profile;
} // namespace oht::progress
namespace oht::web {
class LessonView;
}

namespace oht::ui {

class ActiveTimeTracker;
class CoursePage;
class LibraryPage;

/// Connects the pages to the learner's record: records lessons opened and completed
/// (reaching the end, or "Mark as Complete"), active time, the completion column and the
/// "Continue where you left off" entry of the library, the check marks of the outline,
/// and the Learner menu (switch, manage, current learner in the status bar). MainWindow
/// only places what this class makes.
class ProgressController : public QObject
{
    Q_OBJECT
public:
    /// A lesson counts as read to the end from this scroll fraction on.
    static constexpr double kEndFraction = 0.98;

    ProgressController(progress::ProgressServices &progress, CoursePage *coursePage,
                       LibraryPage *libraryPage, QWidget *window);
    ~ProgressController() override;

    QMenu *learnerMenu() const { return m_menu; }
    QMenu *switchMenu() const { return m_switchMenu; }
    QAction *manageAction() const { return m_manageAction; }
    QAction *markCompleteAction() const { return m_markComplete; }
    QLabel *learnerLabel() const { return m_learnerLabel; }
    QPushButton *continueButton() const { return m_continue; }
    ActiveTimeTracker *tracker() const { return m_tracker; }

    /// Makes another learner current, after their PIN; false when cancelled or unknown.
    bool switchTo(qint64 profileId);
    void showManager();
    /// Saves what is still pending (reading position, active time): before the window
    /// closes or the learner changes.
    void flush();
    /// Re-reads completion for the library table, the continue entry and the outline.
    void refresh();

signals:
    void openRequested(const QString &packId, const QString &itemId);
    /// After a switch: the library is the neutral place to start from.
    void libraryRequested();
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged(const QString &packId, const QString &itemId);
    void onViewCreated(web::LessonView *view);
    void onLessonLoaded(bool ok);
    void setCompleted(const QString &packId, const QString &itemId, bool completed,
                      bool explicitly);
    void refreshLibrary();
    void refreshContinue();
    void refreshOutline();
    void updateMarkAction();
    void updateLearnerLabel();
    void fillSwitchMenu();

    progress::ProgressServices &m_progress;
    CoursePage *m_coursePage;
    LibraryPage *m_libraryPage;
    QWidget *m_window;
    ActiveTimeTracker *m_tracker;
    QMenu *m_menu;
    QMenu *m_switchMenu;
    QAction *m_manageAction;
    QAction *m_markComplete;
    QLabel *m_learnerLabel;
    QPushButton *m_continue;
    QToolButton *m_markButton = nullptr;
    QString m_continuePack;
    QString m_continueItem;
    /// Items the learner unticked in this session ("packId\nitemId").
    QSet<QString> m_cleared;
};

} // namespace oht::ui
