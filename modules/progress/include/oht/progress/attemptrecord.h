#pragma once

#include "oht/packformat/quiz.h"
#include "oht/quiz/response.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace oht::progress {

enum class AttemptStatus {
    Open,      ///< started, not finished: resumable
    Finished,  ///< scored
    Abandoned, ///< the learner gave it up (or it was imported without its result)
};

/// One recorded answer; re-answering a question of an open attempt replaces it.
struct AnswerRecord
{
    QString questionId;
    quiz::Response response;
    double fraction = 0.0; ///< 0..1 as graded when answered
    bool correct = false;
    QDateTime answeredAt; ///< UTC
};

/// One quiz attempt: everything needed to show it again exactly (seed, answers) and to
/// tell whether the quiz has changed since.
struct AttemptRecord
{
    QUuid id;
    qint64 profileId = 0;
    QString packId;
    QString itemId;
    QString packVersion;   ///< the pack's version when the attempt started
    QByteArray quizSha256; ///< hex SHA-256 of the quiz file it was made on
    packformat::QuizMode mode = packformat::QuizMode::Immediate;
    quint32 seed = 0;    ///< for quiz::Presentation::make
    QDateTime startedAt; ///< UTC
    AttemptStatus status = AttemptStatus::Open;

    // Finished attempts only.
    QDateTime finishedAt; ///< UTC
    double percent = 0.0; ///< 0..100
    double earned = 0.0;
    double available = 0.0;
    bool passed = false;

    /// The installed quiz differs from the one this attempt was made on (the pack was
    /// updated and the quiz file changed). Computed when read, against the library.
    bool olderVersion = false;

    /// Filled by AttemptStore::attempt() and unfinishedAttempt(); empty in lists.
    QList<AnswerRecord> answers;
};

} // namespace oht::progress
