#pragma once

#include "oht/core/result.h"
#include "oht/progress/recordevent.h"

#include <QList>
#include <QUuid>

namespace oht::progress {

class ProgressDatabase;

/// What a merge did.
struct MergeReport
{
    int added = 0;      ///< statements that became part of the record
    int duplicates = 0; ///< statements already there (same statement id, or the item was
                        ///< already completed)
};

/// A learner's record as a list of events: read for the exports, merged for the import.
class LearningRecord
{
public:
    explicit LearningRecord(ProgressDatabase &db);

    /// Every exportable event of the profile, oldest first (reading positions and open
    /// attempts' start are state, not events; open attempts' answers are included).
    Result<QList<RecordEvent>> events(qint64 profileId) const;

    /// Adds events to a profile in one transaction (all or nothing), skipping those whose
    /// statement id the profile already has. Events must be valid (XapiImporter checks).
    Result<MergeReport> merge(qint64 profileId, const QList<RecordEvent> &events);

    /// The statement id of an event of `profileUuid`: UUID v5 over the event's identity
    /// (kind, pack, item, time or attempt + question), so exporting twice gives the same ids.
    static QUuid statementId(const QUuid &profileUuid, const RecordEvent &event);

private:
    ProgressDatabase &m_db;
};

} // namespace oht::progress
