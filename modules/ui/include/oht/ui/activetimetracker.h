#pragma once

#include "oht/progress/clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;
class QWidget;

namespace oht::progress {
class EventRecorder;
class LearnerSession;
} // namespace oht::progress

namespace oht::ui {

/// Measures the learner's ACTIVE time on the open lesson or quiz: time counts only while
/// the window is active and there was input in the last two minutes (a lesson left open
/// over lunch is not study time). Pending time is written to EventRecorder::addActiveTime
/// every 30 s, on every change of item and on flush() (the window calls it when closing),
/// so at most 30 s are lost in a crash. The clock is injectable for tests.
class ActiveTimeTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kIdleLimitMs = 2 * 60 * 1000;
    static constexpr int kFlushIntervalMs = 30 * 1000;

    ActiveTimeTracker(progress::EventRecorder &events, progress::LearnerSession &session,
                      progress::Clock clock = progress::systemClock(), QObject *parent = nullptr);
    ~ActiveTimeTracker() override;

    /// The item now on screen; an empty `itemId` stops counting (library, course info).
    void setItem(const QString &packId, const QString &itemId);
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// A key press, click, scroll… : the learner is there.
    void noteInput();
    /// Writes the whole seconds counted so far for the session's learner (the rest
    /// waits for the next flush).
    void flush();
    /// Counted but not yet written, in milliseconds (all items).
    qint64 pendingMs() const;

    /// Follows `window`'s activation and the application's input events.
    void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void accrue(const QDateTime &now);

    progress::EventRecorder &m_events;
    progress::LearnerSession &m_session;
    progress::Clock m_clock;
    QTimer *m_timer;
    QPointer<QWidget> m_window;
    QString m_packId;
    QString m_itemId;
    bool m_active = false;
    QDateTime m_mark;                   ///< counted up to here
    QDateTime m_lastInput;              ///< counting stops kIdleLimitMs after this
    QHash<QString, qint64> m_pendingMs; ///< "packId\nitemId" -> ms
};

} // namespace oht::ui
