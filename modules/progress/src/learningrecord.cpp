#include "oht/progress/learningrecord.h"

#include "attemptrows.h"
#include "completionsource.h"
#include "oht/progress/progressdatabase.h"
#include "oht/storage/sqlitedatabase.h"
#include "recordmerger.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <algorithm>

namespace oht::progress {

namespace {

/// Fills the attempt fields of an event from columns uuid, pack_version, quiz_sha256,
/// mode, seed, started_at at `first`.
void readAttempt(const QSqlQuery &q, int first, RecordEvent &e)
{
    e.attemptId = QUuid::fromString(q.value(first).toString());
    e.packVersion = q.value(first + 1).toString();
    e.quizSha256 = q.value(first + 2).toString().toLatin1();
    e.mode = AttemptRows::modeFrom(q.value(first + 3).toString());
    e.seed = quint32(q.value(first + 4).toLongLong());
    e.attemptStartedAt = fromDb(q.value(first + 5));
}

} // namespace

LearningRecord::LearningRecord(ProgressDatabase &db) : m_db(db) {}

QUuid LearningRecord::statementId(const QUuid &profileUuid, const RecordEvent &e)
{
    // A namespace of our own, itself derived from the URL namespace of RFC 4122.
    static const QUuid ns =
        QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                            QByteArrayLiteral("https://onehealthtech.org/toolkit/xapi/statements"));
    const QString at = QString::number(e.at.toMSecsSinceEpoch());
    QStringList identity;
    switch (e.kind) {
    case RecordKind::Opened:
        identity = {QStringLiteral("opened"), e.packId, e.itemId, at};
        break;
    case RecordKind::ActiveTime:
        identity = {QStringLiteral("time"), e.packId, e.itemId, at, QString::number(e.seconds)};
        break;
    case RecordKind::Completed:
        // One completion per item and learner, whenever it happened.
        identity = {QStringLiteral("completed"), e.packId, e.itemId};
        break;
    case RecordKind::Answered:
        // Re-answering replaces the answer, so the question's statement keeps its id.
        identity = {QStringLiteral("answered"), e.attemptId.toString(QUuid::WithoutBraces),
                    e.questionId};
        break;
    case RecordKind::AttemptFinished:
        identity = {QStringLiteral("finished"), e.attemptId.toString(QUuid::WithoutBraces)};
        break;
    }
    identity.prepend(profileUuid.toString(QUuid::WithoutBraces));
    return QUuid::createUuidV5(ns, identity.join(QLatin1Char('\n')).toUtf8());
}

Result<QList<RecordEvent>> LearningRecord::events(qint64 profileId) const
{
    auto &db = m_db.sql();
    QList<RecordEvent> list;
    auto q = db.query(QStringLiteral("SELECT kind, statement_id, at, pack_id, item_id, seconds, "
                                     "completed_by FROM events WHERE profile_id = ? ORDER BY at, "
                                     "id"),
                      {profileId});
    if (!q)
        return q.error();
    while (q->next()) {
        RecordEvent e;
        const QString kind = q->value(0).toString();
        e.kind = kind == QLatin1String("opened") ? RecordKind::Opened
                 : kind == QLatin1String("time") ? RecordKind::ActiveTime
                                                 : RecordKind::Completed;
        e.statementId = QUuid::fromString(q->value(1).toString());
        e.at = fromDb(q->value(2));
        e.packId = q->value(3).toString();
        e.itemId = q->value(4).toString();
        e.seconds = q->value(5).toLongLong();
        e.completedBy = completionSourceFrom(q->value(6).toString());
        list.append(e);
    }

    const QString attemptColumns = QStringLiteral(
        "a.pack_id, a.item_id, a.uuid, a.pack_version, a.quiz_sha256, a.mode, a.seed, "
        "a.started_at");
    q = db.query(QStringLiteral("SELECT n.statement_id, n.answered_at, %1, n.question_id, "
                                "n.response, n.fraction, n.correct FROM answers n JOIN attempts a "
                                "ON a.id = n.attempt_id WHERE a.profile_id = ?")
                     .arg(attemptColumns),
                 {profileId});
    if (!q)
        return q.error();
    while (q->next()) {
        RecordEvent e;
        e.kind = RecordKind::Answered;
        e.statementId = QUuid::fromString(q->value(0).toString());
        e.at = fromDb(q->value(1));
        e.packId = q->value(2).toString();
        e.itemId = q->value(3).toString();
        readAttempt(*q, 4, e);
        e.questionId = q->value(10).toString();
        e.response = QJsonDocument::fromJson(q->value(11).toByteArray()).object();
        e.fraction = q->value(12).toDouble();
        e.correct = q->value(13).toBool();
        list.append(e);
    }

    q = db.query(QStringLiteral("SELECT a.statement_id, a.finished_at, %1, a.percent, a.earned, "
                                "a.available, a.passed FROM attempts a WHERE a.profile_id = ? AND "
                                "a.status = 'finished'")
                     .arg(attemptColumns),
                 {profileId});
    if (!q)
        return q.error();
    while (q->next()) {
        RecordEvent e;
        e.kind = RecordKind::AttemptFinished;
        e.statementId = QUuid::fromString(q->value(0).toString());
        e.at = fromDb(q->value(1));
        e.packId = q->value(2).toString();
        e.itemId = q->value(3).toString();
        readAttempt(*q, 4, e);
        e.percent = q->value(10).toDouble();
        e.earned = q->value(11).toDouble();
        e.available = q->value(12).toDouble();
        e.passed = q->value(13).toBool();
        list.append(e);
    }
    // Stable: events of one millisecond keep their kind order (answers before the finish).
    std::stable_sort(list.begin(), list.end(),
                     [](const RecordEvent &a, const RecordEvent &b) { return a.at < b.at; });
    return list;
}

Result<MergeReport> LearningRecord::merge(qint64 profileId, const QList<RecordEvent> &events)
{
    return RecordMerger(m_db.sql()).merge(profileId, events);
}

} // namespace oht::progress
