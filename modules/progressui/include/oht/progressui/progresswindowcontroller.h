#pragma once

#include "oht/progress/clock.h"

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace oht::progress {
class ProgressServices;
}

namespace oht::progressui {

class ProgressWindow;

/// Opens the progress window from the app: a "My Progress" action (Ctrl+Shift+P) that
/// shows the open course's progress, or all courses' from the library, and showCourse()
/// for the course page's button. The window is made on first use, so start-up pays
/// nothing for it.
class ProgressWindowController : public QObject
{
    Q_OBJECT
public:
    ProgressWindowController(progress::ProgressServices &services, QWidget *parent,
                             progress::Clock clock = progress::systemClock());

    QAction *action() const { return m_action; }
    /// The course the learner is in ("" on the library): what action() shows.
    void setCurrentCourse(const QString &packId);
    /// Or ask the window each time (MainWindow: the open course, "" on the library).
    void setCourseProvider(std::function<QString()> provider);
    QString currentCourse() const;

    void showCourse(const QString &packId);
    void showOverall();
    /// nullptr until first shown.
    ProgressWindow *window() const { return m_window; }

signals:
    /// An import changed the learner's record (the library's completion column, the
    /// outline's marks should refresh).
    void recordChanged();

private:
    ProgressWindow *ensureWindow();

    progress::ProgressServices &m_services;
    QWidget *m_parent;
    progress::Clock m_clock;
    QAction *m_action;
    ProgressWindow *m_window = nullptr;
    QString m_packId;
    std::function<QString()> m_provider;
};

} // namespace oht::progressui
