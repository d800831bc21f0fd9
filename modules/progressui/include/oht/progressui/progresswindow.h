#pragma once

#include "oht/progress/clock.h"

#include <QDialog>

class QAction;

namespace oht::progress {
class ProgressServices;
}

namespace oht::progressui {

class ProgressPage;

/// The progress page in its own window (so the lesson stays where it was), following the
/// current learner: a learner switch shows the new learner's progress, a rename the new
/// name. Made once by the app and reused; closing only hides it.
class ProgressWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ProgressWindow(progress::ProgressServices &services, QWidget *parent = nullptr,
                            progress::Clock clock = progress::systemClock());

    ProgressPage *page() const { return m_page; }

    /// Shows (and raises) the window on one course, or on all courses.
    void showCourse(const QString &packId);
    void showOverall();

signals:
    /// An import changed the learner's record.
    void recordChanged();

private:
    void updateTitle();
    void present();

    progress::ProgressServices &m_services;
    ProgressPage *m_page;
};

} // namespace oht::progressui
