#pragma once

#include "oht/packformat/quiz.h"
#include "oht/progress/itemstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace oht::progress {

/// The kinds of event a learning record holds (and the xAPI verb each becomes).
enum class RecordKind {
    Opened,          ///< experienced (no duration)
    ActiveTime,      ///< experienced, with result.duration
    Completed,       ///< completed
    Answered,        ///< answered (object: the question)
    AttemptFinished, ///< passed or failed
};

/// One event of a learner's record, in the shape shared by the xAPI and CSV exports and
/// the importer. Which fields matter depends on `kind`.
struct RecordEvent
{
    RecordKind kind = RecordKind::Opened;
    /// Deterministic UUID v5 (see LearningRecord::statementId), kept through imports.
    QUuid statementId;
    QDateTime at; ///< UTC
    QString packId;
    QString itemId;

    qint64 seconds = 0;                                        ///< ActiveTime
    CompletionSource completedBy = CompletionSource::Explicit; ///< Completed

    // Answered and AttemptFinished: the attempt, so an import can recreate it.
    QUuid attemptId;
    QString packVersion;
    QByteArray quizSha256;
    packformat::QuizMode mode = packformat::QuizMode::Immediate;
    quint32 seed = 0;
    QDateTime attemptStartedAt;

    // Answered
    QString questionId;
    QJsonObject response; ///< quiz::Response::toJson()
    double fraction = 0.0;
    bool correct = false;

    // AttemptFinished
    double percent = 0.0;
    double earned = 0.0;
    double available = 0.0;
    bool passed = false;
};

} // namespace oht::progress
