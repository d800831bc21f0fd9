#include "oht/progress/attemptstore.h"

#include "attemptrows.h"
#include "oht/library/library.h"
#include "oht/progress/learningrecord.h"
#include "oht/progress/progressdatabase.h"
#include "oht/quiz/grader.h"
#include "oht/storage/sqlitedatabase.h"
#include "oht/storage/transaction.h"
#include "profilelookup.h"
#include "progresserrors.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>

namespace oht::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::AttemptStore", text);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// The installed quiz file's hash, or an empty array when the pack or the quiz is gone.
QByteArray currentQuizSha(const library::Library &library, const QString &packId,
                          const QString &itemId)
{
    auto item = library.item(packId, itemId);
    if (!item || item->kind != packformat::ItemKind::Quiz)
        return {};
    auto sha = library.fileSha256(packId, item->file);
    return sha ? *sha : QByteArray();
}

void flagOlder(AttemptRecord &record, const QByteArray &currentSha)
{
    record.olderVersion = !currentSha.isEmpty() && record.quizSha256 != currentSha;
}

/// The row id and status of one of the profile's attempts, read inside a transaction.
struct AttemptRow
{
    qint64 rowId = 0;
    AttemptStatus status = AttemptStatus::Open;
    QUuid profileUuid;
};

Result<AttemptRow> findAttempt(storage::SqliteDatabase &db, qint64 profileId, const QUuid &id)
{
    auto q =
        db.query(QStringLiteral("SELECT a.id, a.status, p.uuid FROM attempts a JOIN profiles "
                                "p ON p.id = a.profile_id WHERE a.profile_id = ? AND a.uuid = ?"),
                 {profileId, uuidText(id)});
    if (!q)
        return q.error();
    if (!q->next())
        return Errors::unknownAttempt(uuidText(id));
    return AttemptRow{q->value(0).toLongLong(), AttemptRows::statusFrom(q->value(1).toString()),
                      QUuid::fromString(q->value(2).toString())};
}

Error notOpen(const QUuid &id)
{
    return Error::invalid(
        QStringLiteral("progress.attempt-closed"),
        tr("The quiz attempt %1 is already finished or abandoned.").arg(uuidText(id)));
}

} // namespace

AttemptStore::AttemptStore(ProgressDatabase &db, const library::Library &library, Clock clock)
    : m_db(db), m_library(library), m_clock(std::move(clock))
{}

quint32 AttemptStore::newSeed()
{
    return QRandomGenerator::global()->generate();
}

Result<AttemptRecord> AttemptStore::start(qint64 profileId, const QString &packId,
                                          const QString &itemId, const packformat::Quiz &quiz,
                                          quint32 seed)
{
    // The outline tables, not the manifest: parsing a large course's manifest would cost
    // more than the rest of the call.
    auto pack = m_library.pack(packId);
    if (!pack)
        return pack.error();
    auto item = m_library.item(packId, itemId);
    if (!item || item->kind != packformat::ItemKind::Quiz)
        return Error::invalid(QStringLiteral("progress.not-a-quiz"),
                              tr("The pack %1 has no quiz %2.").arg(packId, itemId));
    auto sha = m_library.fileSha256(packId, item->file);
    if (!sha)
        return sha.error();

    AttemptRecord record;
    record.id = QUuid::createUuid();
    record.profileId = profileId;
    record.packId = packId;
    record.itemId = itemId;
    record.packVersion = pack->version;
    record.quizSha256 = *sha;
    record.mode = quiz.mode;
    record.seed = seed;
    record.startedAt = fromDb(toDb(m_clock()));
    record.status = AttemptStatus::Open;

    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto uuid = lookupProfileUuid(db, profileId); !uuid)
        return uuid.error();
    auto open = db.scalar(QStringLiteral("SELECT uuid FROM attempts WHERE profile_id = ? AND "
                                         "pack_id = ? AND item_id = ? AND status = 'open'"),
                          {profileId, packId, itemId});
    if (!open)
        return open.error();
    if (open->isValid())
        return Error::invalid(QStringLiteral("progress.attempt-open"),
                              tr("An attempt at this quiz is not finished yet; resume it or give "
                                 "it up first."));
    if (auto row = AttemptRows::insert(db, record, QVariant()); !row)
        return row.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return record;
}

Result<quiz::Grade> AttemptStore::answer(qint64 profileId, const QUuid &attemptId,
                                         const packformat::Question &question,
                                         const quiz::Response &response)
{
    if (!Errors::isItemId(question.id))
        return Errors::badId(tr("question id"), question.id);
    const quiz::Grade grade = quiz::Grader::grade(question, response);
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto row = findAttempt(db, profileId, attemptId);
    if (!row)
        return row.error();
    if (row->status != AttemptStatus::Open)
        return notOpen(attemptId);
    if (response.isEmpty()) {
        // Clearing an answer (exam mode) removes it rather than storing "nothing".
        if (auto r = db.query(QStringLiteral("DELETE FROM answers WHERE attempt_id = ? AND "
                                             "question_id = ?"),
                              {row->rowId, question.id});
            !r)
            return r.error();
    } else {
        RecordEvent event;
        event.kind = RecordKind::Answered;
        event.attemptId = attemptId;
        event.questionId = question.id;
        const QString statementId =
            LearningRecord::statementId(row->profileUuid, event).toString(QUuid::WithoutBraces);
        const QByteArray json = QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact);
        if (auto r = db.query(
                QStringLiteral("INSERT OR REPLACE INTO answers (attempt_id, question_id, "
                               "statement_id, response, fraction, correct, answered_at) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?)"),
                {row->rowId, question.id, statementId, QString::fromUtf8(json),
                 std::clamp(grade.fraction, 0.0, 1.0), grade.correct, toDb(m_clock())});
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return grade;
}

Result<quiz::QuizScore> AttemptStore::finish(qint64 profileId, const QUuid &attemptId,
                                             const packformat::Quiz &quiz)
{
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto row = findAttempt(db, profileId, attemptId);
    if (!row)
        return row.error();
    if (row->status != AttemptStatus::Open)
        return notOpen(attemptId);
    auto answers = AttemptRows::answers(db, row->rowId);
    if (!answers)
        return answers.error();
    QHash<QString, quiz::Response> responses;
    for (const AnswerRecord &a : *answers)
        responses.insert(a.questionId, a.response);
    const quiz::QuizScore score = quiz::Grader::score(quiz, responses);
    RecordEvent event;
    event.kind = RecordKind::AttemptFinished;
    event.attemptId = attemptId;
    const QString statementId =
        LearningRecord::statementId(row->profileUuid, event).toString(QUuid::WithoutBraces);
    if (auto r =
            db.query(QStringLiteral("UPDATE attempts SET status = 'finished', finished_at = ?, "
                                    "percent = ?, earned = ?, available = ?, passed = ?, "
                                    "statement_id = ? WHERE id = ?"),
                     {toDb(m_clock()), score.percent, score.earned, score.available, score.passed,
                      statementId, row->rowId});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return score;
}

Result<void> AttemptStore::abandon(qint64 profileId, const QUuid &attemptId)
{
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto row = findAttempt(db, profileId, attemptId);
    if (!row)
        return row.error();
    if (row->status != AttemptStatus::Open)
        return notOpen(attemptId);
    if (auto r = db.query(QStringLiteral("UPDATE attempts SET status = 'abandoned' WHERE id = ?"),
                          {row->rowId});
        !r)
        return r.error();
    return tx.commit();
}

Result<std::optional<AttemptRecord>> AttemptStore::unfinishedAttempt(qint64 profileId,
                                                                     const QString &packId,
                                                                     const QString &itemId) const
{
    auto id = m_db.sql().scalar(QStringLiteral("SELECT uuid FROM attempts WHERE profile_id = ? AND "
                                               "pack_id = ? AND item_id = ? AND status = 'open'"),
                                {profileId, packId, itemId});
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<AttemptRecord>();
    auto record = attempt(profileId, QUuid::fromString(id->toString()));
    if (!record)
        return record.error();
    return std::optional<AttemptRecord>(*record);
}

Result<AttemptRecord> AttemptStore::attempt(qint64 profileId, const QUuid &attemptId) const
{
    auto &db = m_db.sql();
    auto q = db.query(QStringLiteral("SELECT %1 FROM attempts a WHERE a.profile_id = ? AND "
                                     "a.uuid = ?")
                          .arg(AttemptRows::columns()),
                      {profileId, uuidText(attemptId)});
    if (!q)
        return q.error();
    if (!q->next())
        return Errors::unknownAttempt(uuidText(attemptId));
    AttemptRecord record = AttemptRows::fromQuery(*q);
    auto answers = AttemptRows::answers(db, q->value(0).toLongLong());
    if (!answers)
        return answers.error();
    record.answers = *answers;
    flagOlder(record, currentQuizSha(m_library, record.packId, record.itemId));
    return record;
}

Result<QList<AttemptRecord>> AttemptStore::attempts(qint64 profileId, const QString &packId,
                                                    const QString &itemId) const
{
    auto q = m_db.sql().query(QStringLiteral("SELECT %1 FROM attempts a WHERE a.profile_id = ? "
                                             "AND a.pack_id = ? AND a.item_id = ? ORDER BY "
                                             "a.started_at DESC, a.id DESC")
                                  .arg(AttemptRows::columns()),
                              {profileId, packId, itemId});
    if (!q)
        return q.error();
    const QByteArray currentSha = currentQuizSha(m_library, packId, itemId);
    QList<AttemptRecord> list;
    while (q->next()) {
        list.append(AttemptRows::fromQuery(*q));
        flagOlder(list.last(), currentSha);
    }
    return list;
}

Result<std::optional<AttemptRecord>>
AttemptStore::bestAttempt(qint64 profileId, const QString &packId, const QString &itemId) const
{
    auto q = m_db.sql().query(QStringLiteral("SELECT %1 FROM attempts a WHERE a.profile_id = ? "
                                             "AND a.pack_id = ? AND a.item_id = ? AND a.status = "
                                             "'finished' ORDER BY a.percent DESC, a.finished_at, "
                                             "a.id LIMIT 1")
                                  .arg(AttemptRows::columns()),
                              {profileId, packId, itemId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AttemptRecord>();
    AttemptRecord record = AttemptRows::fromQuery(*q);
    flagOlder(record, currentQuizSha(m_library, packId, itemId));
    return std::optional<AttemptRecord>(record);
}

} // namespace oht::progress
