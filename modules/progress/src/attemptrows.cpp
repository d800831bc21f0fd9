#include "attemptrows.h"

#include "oht/storage/sqlitedatabase.h"
#include "timeutil.h"

#include <QJsonDocument>

namespace oht::progress::AttemptRows {

QString columns()
{
    return QStringLiteral("a.id, a.uuid, a.profile_id, a.pack_id, a.item_id, a.pack_version, "
                          "a.quiz_sha256, a.mode, a.seed, a.started_at, a.status, a.finished_at, "
                          "a.percent, a.earned, a.available, a.passed");
}

AttemptRecord fromQuery(const QSqlQuery &q)
{
    AttemptRecord r;
    r.id = QUuid::fromString(q.value(1).toString());
    r.profileId = q.value(2).toLongLong();
    r.packId = q.value(3).toString();
    r.itemId = q.value(4).toString();
    r.packVersion = q.value(5).toString();
    r.quizSha256 = q.value(6).toString().toLatin1();
    r.mode = modeFrom(q.value(7).toString());
    r.seed = quint32(q.value(8).toLongLong());
    r.startedAt = fromDb(q.value(9));
    r.status = statusFrom(q.value(10).toString());
    r.finishedAt = fromDb(q.value(11));
    r.percent = q.value(12).toDouble();
    r.earned = q.value(13).toDouble();
    r.available = q.value(14).toDouble();
    r.passed = q.value(15).toBool();
    return r;
}

QString modeName(packformat::QuizMode mode)
{
    return mode == packformat::QuizMode::Exam ? QStringLiteral("exam")
                                              : QStringLiteral("immediate");
}

packformat::QuizMode modeFrom(const QString &name)
{
    return name == QLatin1String("exam") ? packformat::QuizMode::Exam
                                         : packformat::QuizMode::Immediate;
}

QString statusName(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Finished:
        return QStringLiteral("finished");
    case AttemptStatus::Abandoned:
        return QStringLiteral("abandoned");
    case AttemptStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

AttemptStatus statusFrom(const QString &name)
{
    if (name == QLatin1String("finished"))
        return AttemptStatus::Finished;
    if (name == QLatin1String("abandoned"))
        return AttemptStatus::Abandoned;
    return AttemptStatus::Open;
}

Result<QList<AnswerRecord>> answers(storage::SqliteDatabase &db, qint64 attemptRowId)
{
    auto q = db.query(QStringLiteral("SELECT question_id, response, fraction, correct, answered_at "
                                     "FROM answers WHERE attempt_id = ? ORDER BY answered_at, "
                                     "question_id"),
                      {attemptRowId});
    if (!q)
        return q.error();
    QList<AnswerRecord> list;
    while (q->next()) {
        AnswerRecord a;
        a.questionId = q->value(0).toString();
        a.response =
            quiz::Response::fromJson(QJsonDocument::fromJson(q->value(1).toByteArray()).object());
        a.fraction = q->value(2).toDouble();
        a.correct = q->value(3).toBool();
        a.answeredAt = fromDb(q->value(4));
        list.append(a);
    }
    return list;
}

Result<qint64> insert(storage::SqliteDatabase &db, const AttemptRecord &r,
                      const QVariant &statementId)
{
    const bool finished = r.status == AttemptStatus::Finished;
    auto q = db.query(
        QStringLiteral("INSERT INTO attempts (profile_id, uuid, pack_id, item_id, pack_version, "
                       "quiz_sha256, mode, seed, started_at, status, finished_at, percent, earned, "
                       "available, passed, statement_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.profileId, r.id.toString(QUuid::WithoutBraces), r.packId, r.itemId, r.packVersion,
         QString::fromLatin1(r.quizSha256), modeName(r.mode), qint64(r.seed), toDb(r.startedAt),
         statusName(r.status), finished ? toDb(r.finishedAt) : QVariant(),
         finished ? QVariant(r.percent) : QVariant(), finished ? QVariant(r.earned) : QVariant(),
         finished ? QVariant(r.available) : QVariant(), finished ? QVariant(r.passed) : QVariant(),
         statementId});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

} // namespace oht::progress::AttemptRows
