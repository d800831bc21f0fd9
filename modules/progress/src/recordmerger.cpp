#include "recordmerger.h"

#include "attemptrows.h"
#include "completionsource.h"
#include "oht/storage/sqlitedatabase.h"
#include "oht/storage/transaction.h"
#include "profilelookup.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <algorithm>

namespace oht::progress {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

Result<MergeReport> RecordMerger::merge(qint64 profileId, const QList<RecordEvent> &events)
{
    storage::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto uuid = lookupProfileUuid(m_db, profileId); !uuid)
        return uuid.error();
    MergeReport report;
    for (const RecordEvent &event : events) {
        Result<bool> added = false;
        switch (event.kind) {
        case RecordKind::Opened:
        case RecordKind::ActiveTime:
        case RecordKind::Completed:
            added = mergeItemEvent(profileId, event);
            break;
        case RecordKind::Answered:
            added = mergeAnswer(profileId, event);
            break;
        case RecordKind::AttemptFinished:
            added = mergeFinish(profileId, event);
            break;
        }
        if (!added)
            return added.error(); // the transaction rolls back: nothing was merged
        ++(*added ? report.added : report.duplicates);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return report;
}

Result<bool> RecordMerger::mergeItemEvent(qint64 profileId, const RecordEvent &e)
{
    auto known = m_db.scalar(
        QStringLiteral("SELECT 1 FROM events WHERE profile_id = ? AND statement_id = ?"),
        {profileId, idText(e.statementId)});
    if (!known)
        return known.error();
    if (known->isValid())
        return false;
    QString kind;
    QString stateSql;
    QVariantList stateValues{profileId, e.packId, e.itemId};
    switch (e.kind) {
    case RecordKind::Opened:
        kind = QStringLiteral("opened");
        stateSql = QStringLiteral(
            "INSERT INTO item_state (profile_id, pack_id, item_id, first_opened_at, "
            "last_opened_at, open_count) VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET "
            "first_opened_at = min(coalesce(first_opened_at, excluded.first_opened_at), "
            "excluded.first_opened_at), last_opened_at = max(coalesce(last_opened_at, "
            "excluded.last_opened_at), excluded.last_opened_at), open_count = open_count + 1");
        stateValues << toDb(e.at) << toDb(e.at);
        break;
    case RecordKind::ActiveTime:
        kind = QStringLiteral("time");
        stateSql = QStringLiteral(
            "INSERT INTO item_state (profile_id, pack_id, item_id, active_seconds) VALUES (?, ?, "
            "?, ?) ON CONFLICT DO UPDATE SET active_seconds = active_seconds + "
            "excluded.active_seconds");
        stateValues << e.seconds;
        break;
    default: {
        kind = QStringLiteral("completed");
        // A learner completes an item once: a completion from elsewhere adds nothing when
        // this profile has already completed it.
        auto done = m_db.scalar(QStringLiteral("SELECT 1 FROM item_state WHERE profile_id = ? AND "
                                               "pack_id = ? AND item_id = ? AND completed_at IS "
                                               "NOT NULL"),
                                {profileId, e.packId, e.itemId});
        if (!done)
            return done.error();
        if (done->isValid())
            return false;
        stateSql = QStringLiteral(
            "INSERT INTO item_state (profile_id, pack_id, item_id, completed_at, completed_by) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET completed_at = "
            "excluded.completed_at, completed_by = excluded.completed_by");
        stateValues << toDb(e.at) << completionSourceName(e.completedBy);
        break;
    }
    }
    auto insert = m_db.query(
        QStringLiteral("INSERT INTO events (profile_id, statement_id, kind, pack_id, item_id, at, "
                       "seconds, completed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {profileId, idText(e.statementId), kind, e.packId, e.itemId, toDb(e.at),
         e.kind == RecordKind::ActiveTime ? QVariant(e.seconds) : QVariant(),
         e.kind == RecordKind::Completed ? QVariant(completionSourceName(e.completedBy))
                                         : QVariant()});
    if (!insert)
        return insert.error();
    if (auto r = m_db.query(stateSql, stateValues); !r)
        return r.error();
    return true;
}

Result<qint64> RecordMerger::ensureAttempt(qint64 profileId, const RecordEvent &e)
{
    auto row =
        m_db.scalar(QStringLiteral("SELECT id FROM attempts WHERE profile_id = ? AND uuid = ?"),
                    {profileId, idText(e.attemptId)});
    if (!row)
        return row.error();
    if (row->isValid())
        return row->toLongLong();
    // An attempt still open where it was made is not resumable here (it would continue in
    // two places): it arrives abandoned, and its finish, if imported later, closes it.
    AttemptRecord record;
    record.id = e.attemptId;
    record.profileId = profileId;
    record.packId = e.packId;
    record.itemId = e.itemId;
    record.packVersion = e.packVersion;
    record.quizSha256 = e.quizSha256;
    record.mode = e.mode;
    record.seed = e.seed;
    record.startedAt = e.attemptStartedAt.isValid() ? e.attemptStartedAt : e.at;
    record.status = AttemptStatus::Abandoned;
    return AttemptRows::insert(m_db, record, QVariant());
}

Result<bool> RecordMerger::mergeAnswer(qint64 profileId, const RecordEvent &e)
{
    auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM answers n JOIN attempts a ON a.id = "
                                            "n.attempt_id WHERE a.profile_id = ? AND "
                                            "n.statement_id = ?"),
                             {profileId, idText(e.statementId)});
    if (!known)
        return known.error();
    if (known->isValid())
        return false;
    auto attempt = ensureAttempt(profileId, e);
    if (!attempt)
        return attempt.error();
    auto insert = m_db.query(
        QStringLiteral("INSERT OR IGNORE INTO answers (attempt_id, question_id, statement_id, "
                       "response, fraction, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {*attempt, e.questionId, idText(e.statementId),
         QString::fromUtf8(QJsonDocument(e.response).toJson(QJsonDocument::Compact)),
         std::clamp(e.fraction, 0.0, 1.0), e.correct, toDb(e.at)});
    if (!insert)
        return insert.error();
    return insert->numRowsAffected() == 1;
}

Result<bool> RecordMerger::mergeFinish(qint64 profileId, const RecordEvent &e)
{
    auto known = m_db.scalar(
        QStringLiteral("SELECT 1 FROM attempts WHERE profile_id = ? AND statement_id = ?"),
        {profileId, idText(e.statementId)});
    if (!known)
        return known.error();
    if (known->isValid())
        return false;
    auto attempt = ensureAttempt(profileId, e);
    if (!attempt)
        return attempt.error();
    auto update = m_db.query(
        QStringLiteral("UPDATE attempts SET status = 'finished', finished_at = ?, percent = ?, "
                       "earned = ?, available = ?, passed = ?, statement_id = ? WHERE id = ? AND "
                       "status <> 'finished'"),
        {toDb(e.at), e.percent, e.earned, e.available, e.passed, idText(e.statementId), *attempt});
    if (!update)
        return update.error();
    return update->numRowsAffected() == 1;
}

} // namespace oht::progress
