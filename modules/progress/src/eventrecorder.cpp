#include "oht/progress/eventrecorder.h"

#include "completionsource.h"
#include "oht/progress/learningrecord.h"
#include "oht/progress/progressdatabase.h"
#include "oht/storage/sqlitedatabase.h"
#include "oht/storage/transaction.h"
#include "profilelookup.h"
#include "progresserrors.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <cmath>

namespace oht::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::EventRecorder", text);
}

const QString kStateColumns = QStringLiteral(
    "pack_id, item_id, first_opened_at, last_opened_at, open_count, position, completed_at, "
    "completed_by, active_seconds");

ItemState stateFrom(const QSqlQuery &q)
{
    ItemState s;
    s.packId = q.value(0).toString();
    s.itemId = q.value(1).toString();
    s.firstOpenedAt = fromDb(q.value(2));
    s.lastOpenedAt = fromDb(q.value(3));
    s.openCount = q.value(4).toInt();
    if (!q.value(5).isNull())
        s.position = q.value(5).toDouble();
    s.completedAt = fromDb(q.value(6));
    s.completedBy = completionSourceFrom(q.value(7).toString());
    s.activeSeconds = q.value(8).toLongLong();
    return s;
}

Result<void> checkIds(const QString &packId, const QString &itemId)
{
    if (!Errors::isPackId(packId))
        return Errors::badId(tr("pack id"), packId);
    if (!Errors::isItemId(itemId))
        return Errors::badId(tr("item id"), itemId);
    return {};
}

} // namespace

EventRecorder::EventRecorder(ProgressDatabase &db, Clock clock)
    : m_db(db), m_clock(std::move(clock))
{}

/// One event: its history row and the item's new state, in one short transaction.
static Result<void> recordEvent(storage::SqliteDatabase &db, qint64 profileId,
                                const RecordEvent &event, const QString &stateSql,
                                const QVariantList &stateValues)
{
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto uuid = lookupProfileUuid(db, profileId);
    if (!uuid)
        return uuid.error();
    const QString kind = event.kind == RecordKind::Opened       ? QStringLiteral("opened")
                         : event.kind == RecordKind::ActiveTime ? QStringLiteral("time")
                                                                : QStringLiteral("completed");
    // OR IGNORE: the same event twice in one millisecond has the same statement id and
    // tells nothing new; the state below still counts it.
    auto insert = db.query(
        QStringLiteral("INSERT OR IGNORE INTO events (profile_id, statement_id, kind, pack_id, "
                       "item_id, at, seconds, completed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {profileId, LearningRecord::statementId(*uuid, event).toString(QUuid::WithoutBraces), kind,
         event.packId, event.itemId, toDb(event.at),
         event.kind == RecordKind::ActiveTime ? QVariant(event.seconds) : QVariant(),
         event.kind == RecordKind::Completed ? QVariant(completionSourceName(event.completedBy))
                                             : QVariant()});
    if (!insert)
        return insert.error();
    if (auto r = db.query(stateSql, stateValues); !r)
        return r.error();
    return tx.commit();
}

Result<void> EventRecorder::recordOpened(qint64 profileId, const QString &packId,
                                         const QString &itemId)
{
    if (auto r = checkIds(packId, itemId); !r)
        return r;
    RecordEvent event;
    event.kind = RecordKind::Opened;
    event.at = m_clock();
    event.packId = packId;
    event.itemId = itemId;
    return recordEvent(
        m_db.sql(), profileId, event,
        QStringLiteral("INSERT INTO item_state (profile_id, pack_id, item_id, first_opened_at, "
                       "last_opened_at, open_count) VALUES (?, ?, ?, ?, ?, 1) "
                       "ON CONFLICT DO UPDATE SET "
                       "first_opened_at = coalesce(first_opened_at, excluded.first_opened_at), "
                       "last_opened_at = excluded.last_opened_at, open_count = open_count + 1"),
        {profileId, packId, itemId, toDb(event.at), toDb(event.at)});
}

Result<void> EventRecorder::recordPosition(qint64 profileId, const QString &packId,
                                           const QString &itemId, double fraction)
{
    if (auto r = checkIds(packId, itemId); !r)
        return r;
    if (!std::isfinite(fraction) || fraction < 0.0 || fraction > 1.0)
        return Error::invalid(
            QStringLiteral("progress.bad-position"),
            tr("A reading position must be between 0 and 1 (got %1).").arg(fraction));
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto uuid = lookupProfileUuid(db, profileId); !uuid)
        return uuid.error();
    if (auto r = db.query(QStringLiteral("INSERT INTO item_state (profile_id, pack_id, item_id, "
                                         "position, position_at) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT DO UPDATE SET position = excluded.position, "
                                         "position_at = excluded.position_at"),
                          {profileId, packId, itemId, fraction, toDb(m_clock())});
        !r)
        return r.error();
    return tx.commit();
}

Result<void> EventRecorder::markCompleted(qint64 profileId, const QString &packId,
                                          const QString &itemId, CompletionSource source)
{
    if (auto r = checkIds(packId, itemId); !r)
        return r;
    auto done = m_db.sql().scalar(QStringLiteral("SELECT completed_at FROM item_state WHERE "
                                                 "profile_id = ? AND pack_id = ? AND item_id = ?"),
                                  {profileId, packId, itemId});
    if (!done)
        return done.error();
    if (done->isValid() && !done->isNull())
        return {}; // the first completion stands
    RecordEvent event;
    event.kind = RecordKind::Completed;
    event.at = m_clock();
    event.packId = packId;
    event.itemId = itemId;
    event.completedBy = source;
    // The WHERE keeps the first completion should two calls race.
    return recordEvent(
        m_db.sql(), profileId, event,
        QStringLiteral("INSERT INTO item_state (profile_id, pack_id, item_id, completed_at, "
                       "completed_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                       "completed_at = excluded.completed_at, completed_by = "
                       "excluded.completed_by WHERE completed_at IS NULL"),
        {profileId, packId, itemId, toDb(event.at), completionSourceName(source)});
}

Result<void> EventRecorder::clearCompleted(qint64 profileId, const QString &packId,
                                           const QString &itemId)
{
    if (auto r = checkIds(packId, itemId); !r)
        return r;
    auto cleared = m_db.sql().query(
        QStringLiteral("UPDATE item_state SET completed_at = NULL, completed_by = NULL WHERE "
                       "profile_id = ? AND pack_id = ? AND item_id = ?"),
        {profileId, packId, itemId});
    if (!cleared)
        return cleared.error();
    return {};
}

Result<void> EventRecorder::addActiveTime(qint64 profileId, const QString &packId,
                                          const QString &itemId, qint64 seconds)
{
    if (auto r = checkIds(packId, itemId); !r)
        return r;
    if (seconds < 0 || seconds > kMaxActiveSeconds)
        return Error::invalid(
            QStringLiteral("progress.bad-duration"),
            tr("An active time of %1 seconds is not possible in one report.").arg(seconds));
    if (seconds == 0)
        return {};
    RecordEvent event;
    event.kind = RecordKind::ActiveTime;
    event.at = m_clock();
    event.packId = packId;
    event.itemId = itemId;
    event.seconds = seconds;
    return recordEvent(
        m_db.sql(), profileId, event,
        QStringLiteral("INSERT INTO item_state (profile_id, pack_id, item_id, "
                       "active_seconds) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE "
                       "SET active_seconds = active_seconds + excluded.active_seconds"),
        {profileId, packId, itemId, seconds});
}

Result<std::optional<ItemState>> EventRecorder::itemState(qint64 profileId, const QString &packId,
                                                          const QString &itemId) const
{
    auto q = m_db.sql().query(QStringLiteral("SELECT %1 FROM item_state WHERE profile_id = ? AND "
                                             "pack_id = ? AND item_id = ?")
                                  .arg(kStateColumns),
                              {profileId, packId, itemId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ItemState>();
    return std::optional<ItemState>(stateFrom(*q));
}

Result<QList<ItemState>> EventRecorder::itemStates(qint64 profileId, const QString &packId) const
{
    auto q = m_db.sql().query(
        QStringLiteral("SELECT %1 FROM item_state WHERE profile_id = ? AND pack_id = ? ORDER BY "
                       "item_id")
            .arg(kStateColumns),
        {profileId, packId});
    if (!q)
        return q.error();
    QList<ItemState> states;
    while (q->next())
        states.append(stateFrom(*q));
    return states;
}

Result<std::optional<ItemState>> EventRecorder::lastOpened(qint64 profileId,
                                                           const QString &packId) const
{
    QVariantList values{profileId};
    if (!packId.isEmpty())
        values << packId;
    auto q = m_db.sql().query(
        QStringLiteral("SELECT %1 FROM item_state WHERE profile_id = ? %2 AND last_opened_at IS "
                       "NOT NULL ORDER BY last_opened_at DESC LIMIT 1")
            .arg(kStateColumns, packId.isEmpty() ? QString() : QStringLiteral("AND pack_id = ?")),
        values);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ItemState>();
    return std::optional<ItemState>(stateFrom(*q));
}

} // namespace oht::progress
