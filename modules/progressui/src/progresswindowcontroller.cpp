#include "oht/progressui/progresswindowcontroller.h"

#include "oht/progressui/progresswindow.h"

#include <QAction>
#include <QWidget>

namespace oht::progressui {

ProgressWindowController::ProgressWindowController(progress::ProgressServices &services,
                                                   QWidget *parent, progress::Clock clock)
    : QObject(parent), m_services(services), m_parent(parent), m_clock(std::move(clock)),
      m_action(new QAction(tr("My &Progress…"), this))
{
    m_action->setObjectName(QStringLiteral("progressAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_action->setStatusTip(tr("Completion, quiz scores, study time, your learning record and "
                              "certificates (Ctrl+Shift+P)"));
    connect(m_action, &QAction::triggered, this, [this] {
        const QString packId = currentCourse();
        if (packId.isEmpty())
            showOverall();
        else
            showCourse(packId);
    });
}

void ProgressWindowController::setCurrentCourse(const QString &packId)
{
    m_packId = packId;
    m_provider = nullptr;
}

void ProgressWindowController::setCourseProvider(std::function<QString()> provider)
{
    m_provider = std::move(provider);
}

QString ProgressWindowController::currentCourse() const
{
    return m_provider ? m_provider() : m_packId;
}

ProgressWindow *ProgressWindowController::ensureWindow()
{
    if (!m_window) {
        m_window = new ProgressWindow(m_services, m_parent, m_clock);
        connect(m_window, &ProgressWindow::recordChanged, this,
                &ProgressWindowController::recordChanged);
    }
    return m_window;
}

void ProgressWindowController::showCourse(const QString &packId)
{
    ensureWindow()->showCourse(packId);
}

void ProgressWindowController::showOverall()
{
    ensureWindow()->showOverall();
}

} // namespace oht::progressui
