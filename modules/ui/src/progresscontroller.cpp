#include "oht/ui/progresscontroller.h"

#include "oht/library/library.h"
#include "oht/progress/courseprogress.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/learnermanagerdialog.h"
#include "oht/progressui/pindialog.h"
#include "oht/ui/activetimetracker.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/outlinemodel.h"
#include "oht/ui/packlistmodel.h"
#include "oht/web/lessonview.h"

#include <QAction>
#include <QActionGroup>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace oht::ui {

Q_LOGGING_CATEGORY(lcProgressUi, "oht.ui.progress")

ProgressController::ProgressController(progress::ProgressServices &progress, CoursePage *coursePage,
                                       LibraryPage *libraryPage, QWidget *window)
    : QObject(window), m_progress(progress), m_coursePage(coursePage), m_libraryPage(libraryPage),
      m_window(window), m_tracker(new ActiveTimeTracker(progress.events(), progress.session(),
                                                        progress::systemClock(), this)),
      m_menu(new QMenu(tr("L&earner"), window)),
      m_switchMenu(new QMenu(tr("&Switch Learner"), m_menu)),
      m_manageAction(new QAction(tr("&Manage Learners…"), this)),
      m_markComplete(new QAction(tr("&Mark as Complete"), this)),
      m_learnerLabel(new QLabel(window)), m_continue(new QPushButton(libraryPage))
{
    m_menu->setObjectName(QStringLiteral("learnerMenu"));
    m_switchMenu->setObjectName(QStringLiteral("switchLearnerMenu"));
    m_manageAction->setObjectName(QStringLiteral("manageLearnersAction"));
    m_markComplete->setObjectName(QStringLiteral("markCompleteAction"));
    m_markComplete->setCheckable(true);
    m_markComplete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_markComplete->setShortcutContext(Qt::WindowShortcut);
    m_markComplete->setToolTip(tr("Mark this lesson as complete, or not complete any more "
                                  "(Ctrl+Shift+M)"));
    window->addAction(m_markComplete);
    m_menu->addMenu(m_switchMenu);
    m_menu->addAction(m_manageAction);
    m_menu->addSeparator();
    m_menu->addAction(m_markComplete);

    // Also on the lesson itself, where the learner decides it (the menu item has the
    // shortcut). Added before the reader exists, so it sits above it, on the right.
    m_markButton = new QToolButton(m_coursePage->lessonArea());
    m_markButton->setObjectName(QStringLiteral("markCompleteButton"));
    m_markButton->setCheckable(true);
    m_markButton->setAutoRaise(false);
    m_markButton->setToolTip(m_markComplete->toolTip());
    m_markButton->setAccessibleName(tr("Mark this lesson as complete"));
    connect(m_markButton, &QToolButton::clicked, m_markComplete, &QAction::trigger);
    static_cast<QBoxLayout *>(m_coursePage->lessonArea()->layout())
        ->insertWidget(0, m_markButton, 0, Qt::AlignRight);

    m_learnerLabel->setObjectName(QStringLiteral("learnerLabel"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->hide();
    libraryPage->setContinueWidget(m_continue);

    connect(m_switchMenu, &QMenu::aboutToShow, this, &ProgressController::fillSwitchMenu);
    connect(m_manageAction, &QAction::triggered, this, &ProgressController::showManager);
    connect(m_markComplete, &QAction::triggered, this, [this](bool checked) {
        setCompleted(m_coursePage->packId(), m_coursePage->currentItemId(), checked, true);
    });
    connect(m_continue, &QPushButton::clicked, this,
            [this] { emit openRequested(m_continuePack, m_continueItem); });
    connect(m_coursePage, &CoursePage::currentChanged, this, &ProgressController::onCurrentChanged);
    connect(m_coursePage->lessonArea(), &LessonArea::viewCreated, this,
            &ProgressController::onViewCreated);
    connect(m_coursePage->lessonArea(), &LessonArea::loadFinished, this,
            &ProgressController::onLessonLoaded);
    // The library page rebuilds its table on every change: fill the column in again.
    connect(m_libraryPage->model(), &QAbstractItemModel::modelReset, this,
            &ProgressController::refreshLibrary);
    connect(&m_progress.session(), &progress::LearnerSession::profileChanged, this, [this] {
        updateLearnerLabel();
        refresh();
    });
    connect(&m_progress.session(), &progress::LearnerSession::profileUpdated, this,
            &ProgressController::updateLearnerLabel);
    m_libraryPage->installEventFilter(this);
    m_tracker->watch(window);
    updateLearnerLabel();
    updateMarkAction();
    refresh();
}

ProgressController::~ProgressController()
{
    m_tracker->flush();
}

bool ProgressController::eventFilter(QObject *watched, QEvent *event)
{
    // Back on the library: what was done in the course shows in the table.
    if (watched == m_libraryPage && event->type() == QEvent::Show) {
        refreshLibrary();
        refreshContinue();
        m_tracker->setItem({}, {}); // the library is not study time
        // After the stack has hidden the course page.
        QTimer::singleShot(0, this, &ProgressController::updateMarkAction);
    }
    return QObject::eventFilter(watched, event);
}

void ProgressController::flush()
{
    if (web::LessonView *view = m_coursePage->lessonArea()->view())
        view->flushReadingPosition();
    m_tracker->flush();
}

void ProgressController::refresh()
{
    refreshLibrary();
    refreshContinue();
    refreshOutline();
    updateMarkAction();
}

void ProgressController::onCurrentChanged(const QString &packId, const QString &itemId)
{
    m_tracker->setItem(packId, itemId);
    if (!itemId.isEmpty()) {
        const auto opened =
            m_progress.events().recordOpened(m_progress.profileId(), packId, itemId);
        if (!opened)
            emit message(tr("Your progress could not be saved: %1").arg(opened.error().message));
    }
    refreshOutline();
    updateMarkAction();
}

void ProgressController::onViewCreated(web::LessonView *view)
{
    connect(view, &web::LessonView::readingPositionChanged, this,
            [this](const QString &packId, const QString &itemId, double fraction) {
                if (fraction >= kEndFraction)
                    setCompleted(packId, itemId, true, false);
            });
}

void ProgressController::onLessonLoaded(bool ok)
{
    web::LessonView *view = m_coursePage->lessonArea()->view();
    if (!ok || !view)
        return;
    // A lesson that fits on the screen is read once it is shown: there is no end to
    // scroll to.
    const QString packId = view->packId();
    const QString itemId = view->itemId();
    view->page()->runJavaScript(
        QStringLiteral("document.documentElement.scrollHeight <= window.innerHeight + 2"),
        QWebEngineScript::ApplicationWorld, [this, packId, itemId](const QVariant &fits) {
            if (fits.toBool())
                setCompleted(packId, itemId, true, false);
        });
}

void ProgressController::setCompleted(const QString &packId, const QString &itemId, bool completed,
                                      bool explicitly)
{
    if (packId.isEmpty() || itemId.isEmpty())
        return;
    const bool shownNow = packId == m_coursePage->packId();
    const QString key = packId + QLatin1Char('\n') + itemId;
    if (!explicitly) {
        // Scrolling to the end again never overrides a learner who just unticked
        // "complete"; and a completed item stays as it was first completed.
        if (m_cleared.contains(key))
            return;
        const auto state = m_progress.events().itemState(m_progress.profileId(), packId, itemId);
        if (!state || (*state && (*state)->isCompleted()))
            return;
    }
    const auto done =
        completed
            ? m_progress.events().markCompleted(m_progress.profileId(), packId, itemId,
                                                explicitly ? progress::CompletionSource::Explicit
                                                           : progress::CompletionSource::ReachedEnd)
            : m_progress.events().clearCompleted(m_progress.profileId(), packId, itemId);
    if (!done) {
        emit message(tr("Your progress could not be saved: %1").arg(done.error().message));
    } else if (!completed) {
        m_cleared.insert(key);
    } else {
        m_cleared.remove(key);
    }
    if (shownNow)
        refreshOutline();
    updateMarkAction();
}

void ProgressController::refreshOutline()
{
    const QString packId = m_coursePage->packId();
    if (packId.isEmpty())
        return;
    QSet<QString> completed;
    const auto states = m_progress.events().itemStates(m_progress.profileId(), packId);
    if (states) {
        for (const progress::ItemState &state : *states) {
            if (state.isCompleted())
                completed.insert(state.itemId);
        }
    }
    m_coursePage->outlineModel()->setCompletedItems(completed);
}

void ProgressController::updateMarkAction()
{
    const QString itemId = m_coursePage->currentItemId();
    const QModelIndex index = m_coursePage->outlineModel()->indexOfItem(itemId);
    // Quizzes complete by being passed, not by a tick.
    const bool lesson = m_coursePage->isVisible() && m_coursePage->isLessonShown() &&
                        index.isValid() &&
                        packformat::ItemKind(index.data(OutlineModel::ItemKindRole).toInt()) ==
                            packformat::ItemKind::Lesson;
    const bool completed = lesson && m_coursePage->outlineModel()->isCompleted(itemId);
    m_markComplete->setEnabled(lesson);
    m_markComplete->setChecked(completed);
    // The state in words, not only the pressed look.
    m_markButton->setEnabled(lesson);
    m_markButton->setChecked(completed);
    m_markButton->setText(completed ? tr("✓ Completed") : tr("Mark as Complete"));
}

void ProgressController::refreshLibrary()
{
    QHash<QString, double> percent;
    for (const library::PackSummary &pack : m_libraryPage->model()->packs()) {
        const auto completion =
            m_progress.courseProgress().completion(m_progress.profileId(), pack.id);
        if (completion)
            percent.insert(pack.id, completion->percent());
        else
            qCWarning(lcProgressUi) << "completion of" << pack.id << completion.error().message;
    }
    m_libraryPage->model()->setCompletion(percent);
}

void ProgressController::refreshContinue()
{
    m_continuePack.clear();
    m_continueItem.clear();
    const auto last = m_progress.events().lastOpened(m_progress.profileId());
    if (last && *last) {
        const auto pack = m_progress.library().pack((*last)->packId);
        const auto item = m_progress.library().item((*last)->packId, (*last)->itemId);
        // A course removed since, or an item an update dropped: nothing to continue.
        if (pack && item) {
            m_continuePack = pack->id;
            m_continueItem = item->id;
            m_continue->setText(
                tr("▶ Continue where you left off: “%1” in %2").arg(item->title, pack->title));
            m_continue->setAccessibleName(tr("Continue where you left off: %1, in the course %2")
                                              .arg(item->title, pack->title));
        }
    }
    m_continue->setVisible(!m_continueItem.isEmpty());
}

void ProgressController::updateLearnerLabel()
{
    const QString name = m_progress.session().profile().name;
    m_learnerLabel->setText(tr("Learner: %1").arg(name));
    m_learnerLabel->setAccessibleName(tr("Current learner: %1").arg(name));
    m_menu->setToolTip(tr("Current learner: %1").arg(name));
}

void ProgressController::fillSwitchMenu()
{
    m_switchMenu->clear();
    const auto profiles = m_progress.profiles().list();
    if (!profiles) {
        m_switchMenu->addAction(profiles.error().message)->setEnabled(false);
        return;
    }
    auto *group = new QActionGroup(m_switchMenu);
    for (const progress::Profile &profile : *profiles) {
        QAction *action = m_switchMenu->addAction(profile.hasPin ? tr("%1 (PIN)").arg(profile.name)
                                                                 : profile.name);
        action->setCheckable(true);
        action->setChecked(profile.id == m_progress.profileId());
        action->setActionGroup(group);
        const qint64 id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { switchTo(id); });
    }
    m_switchMenu->addSeparator();
    m_switchMenu->addAction(tr("New or Other Learner…"), this, &ProgressController::showManager);
}

bool ProgressController::switchTo(qint64 profileId)
{
    if (profileId == m_progress.profileId())
        return true;
    const auto profile = m_progress.profiles().profile(profileId);
    if (!profile) {
        emit message(profile.error().message);
        return false;
    }
    if (!progressui::PinDialog::verify(m_progress.profiles(), *profile,
                                       progressui::PinDialog::Purpose::Switch, m_window))
        return false;
    // Whatever the previous learner did until now is theirs.
    flush();
    const auto activated = m_progress.activate(*profile);
    if (!activated) {
        emit message(activated.error().message);
        return false;
    }
    m_cleared.clear();
    m_tracker->setItem({}, {});
    emit libraryRequested();
    emit message(tr("Now learning as %1.").arg(profile->name));
    return true;
}

void ProgressController::showManager()
{
    progressui::LearnerManagerDialog dialog(m_progress, m_window);
    dialog.exec();
    refresh();
}

} // namespace oht::ui
