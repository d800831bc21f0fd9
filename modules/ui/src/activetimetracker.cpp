#include "oht/ui/activetimetracker.h"

#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"

#include <QApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>
#include <QWidget>

namespace oht::ui {

Q_LOGGING_CATEGORY(lcActiveTime, "oht.ui.activetime")

ActiveTimeTracker::ActiveTimeTracker(progress::EventRecorder &events,
                                     progress::LearnerSession &session, progress::Clock clock,
                                     QObject *parent)
    : QObject(parent), m_events(events), m_session(session), m_clock(std::move(clock)),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(kFlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ActiveTimeTracker::flush);
    m_timer->start();
}

ActiveTimeTracker::~ActiveTimeTracker()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void ActiveTimeTracker::accrue(const QDateTime &now)
{
    if (m_active && !m_itemId.isEmpty() && m_mark.isValid() && m_lastInput.isValid()) {
        const QDateTime idleFrom = m_lastInput.addMSecs(kIdleLimitMs);
        const qint64 ms = m_mark.msecsTo(qMin(now, idleFrom));
        if (ms > 0)
            m_pendingMs[m_packId + QLatin1Char('\n') + m_itemId] += ms;
    }
    m_mark = now;
}

void ActiveTimeTracker::setItem(const QString &packId, const QString &itemId)
{
    const QDateTime now = m_clock();
    accrue(now);
    m_packId = packId;
    m_itemId = itemId;
    m_lastInput = now; // opening an item is the learner acting
    flush();
}

void ActiveTimeTracker::setActive(bool active)
{
    const QDateTime now = m_clock();
    accrue(now);
    if (active && !m_active)
        m_lastInput = now; // coming back to the window counts as being there
    m_active = active;
}

void ActiveTimeTracker::noteInput()
{
    const QDateTime now = m_clock();
    accrue(now);
    m_lastInput = now;
}

qint64 ActiveTimeTracker::pendingMs() const
{
    qint64 total = 0;
    for (qint64 ms : m_pendingMs)
        total += ms;
    return total;
}

void ActiveTimeTracker::flush()
{
    accrue(m_clock());
    const qint64 profileId = m_session.profileId();
    for (auto it = m_pendingMs.begin(); it != m_pendingMs.end();) {
        const qint64 seconds = it.value() / 1000;
        if (seconds > 0 && profileId != 0) {
            const qsizetype split = it.key().indexOf(QLatin1Char('\n'));
            const auto added = m_events.addActiveTime(profileId, it.key().left(split),
                                                      it.key().mid(split + 1), seconds);
            if (added) {
                it.value() -= seconds * 1000;
            } else {
                // Kept for the next flush; a full disk must not lose the time.
                qCWarning(lcActiveTime) << "active time not recorded:" << added.error().message;
            }
        }
        if (it.value() == 0)
            it = m_pendingMs.erase(it);
        else
            ++it;
    }
}

void ActiveTimeTracker::watch(QWidget *window)
{
    m_window = window;
    qApp->installEventFilter(this);
    setActive(window->isActiveWindow());
}

bool ActiveTimeTracker::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin: {
        // Cheap for mouse moves: while the learner is still within the idle limit the
        // time counted so far is unaffected by moving m_lastInput forward.
        const QDateTime now = m_clock();
        if (m_lastInput.isValid() && m_lastInput.msecsTo(now) < kIdleLimitMs)
            m_lastInput = now;
        else
            noteInput();
        if (m_window && m_active != m_window->isActiveWindow())
            setActive(!m_active);
        break;
    }
    case QEvent::WindowActivate:
    case QEvent::WindowDeactivate:
    case QEvent::ApplicationStateChange:
        if (m_window)
            setActive(m_window->isActiveWindow());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace oht::ui
