#pragma once

#include "oht/core/result.h"
#include "oht/progress/clock.h"
#include "oht/progress/itemstate.h"

#include <QList>
#include <optional>

namespace oht::progress {

class ProgressDatabase;

/// Records what a learner does with lessons (and quiz items), each call one committed,
/// durable transaction: when a record…() call returns ok, the event survives a crash.
///
/// Calls name the profile by its id, the item by pack id + item id (no check against the
/// library: the record keeps history even for items an update removed).
class EventRecorder
{
public:
    /// Longest active interval one call may report (a day).
    static constexpr qint64 kMaxActiveSeconds = 24 * 3600;

    explicit EventRecorder(ProgressDatabase &db, Clock clock = systemClock());

    /// The learner opened the item.
    Result<void> recordOpened(qint64 profileId, const QString &packId, const QString &itemId);
    /// Reading position 0..1 (latest wins). Not history: it is not exported.
    Result<void> recordPosition(qint64 profileId, const QString &packId, const QString &itemId,
                                double fraction);
    /// Marks the item completed. The first completion is kept; later calls are no-ops.
    Result<void> markCompleted(qint64 profileId, const QString &packId, const QString &itemId,
                               CompletionSource source = CompletionSource::Explicit);
    /// Undoes a completion the learner no longer stands by ("Mark as complete" unticked):
    /// the item counts as not done again. The history keeps the earlier completion event;
    /// a later markCompleted() records a new one. A no-op when it is not completed.
    Result<void> clearCompleted(qint64 profileId, const QString &packId, const QString &itemId);
    /// Adds an active interval the UI measured (0 is a no-op; negative or more than
    /// kMaxActiveSeconds is refused).
    Result<void> addActiveTime(qint64 profileId, const QString &packId, const QString &itemId,
                               qint64 seconds);

    /// nullopt when the learner never touched the item.
    Result<std::optional<ItemState>> itemState(qint64 profileId, const QString &packId,
                                               const QString &itemId) const;
    /// Every item of a pack the learner touched (including items an update removed).
    Result<QList<ItemState>> itemStates(qint64 profileId, const QString &packId) const;
    /// The item opened most recently, in one pack or (packId empty) in any.
    Result<std::optional<ItemState>> lastOpened(qint64 profileId, const QString &packId = {}) const;

private:
    ProgressDatabase &m_db;
    Clock m_clock;
};

} // namespace oht::progress
