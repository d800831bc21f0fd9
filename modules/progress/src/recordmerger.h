#pragma once

#include "oht/core/result.h"
#include "oht/progress/learningrecord.h"

namespace oht::storage {
class SqliteDatabase;
}

namespace oht::progress {

/// Writes imported events into one profile's record (LearningRecord::merge).
class RecordMerger
{
public:
    explicit RecordMerger(storage::SqliteDatabase &db) : m_db(db) {}

    /// One transaction: all events merged, or none.
    Result<MergeReport> merge(qint64 profileId, const QList<RecordEvent> &events);

private:
    /// Each returns true when the event was added, false when it was already there.
    Result<bool> mergeItemEvent(qint64 profileId, const RecordEvent &event);
    Result<bool> mergeAnswer(qint64 profileId, const RecordEvent &event);
    Result<bool> mergeFinish(qint64 profileId, const RecordEvent &event);
    /// The row id of the event's attempt, created (abandoned) when the profile lacks it.
    Result<qint64> ensureAttempt(qint64 profileId, const RecordEvent &event);

    storage::SqliteDatabase &m_db;
};

} // namespace oht::progress
