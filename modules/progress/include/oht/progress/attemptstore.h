#pragma once

#include "oht/core/result.h"
#include "oht/packformat/quiz.h"
#include "oht/progress/attemptrecord.h"
#include "oht/progress/clock.h"
#include "oht/quiz/grade.h"
#include "oht/quiz/response.h"

#include <QList>
#include <optional>

namespace oht::library {
class Library;
}

namespace oht::progress {

class ProgressDatabase;

/// Quiz attempts, one committed transaction per call: start, every answer as it is
/// given, finish, abandon. An interrupted attempt stays Open and unfinishedAttempt()
/// returns its seed and answers, so the quiz view can resume it exactly.
///
/// Grading goes through quiz::Grader here, so the stored fractions and scores always
/// follow the pack format's rules. Attempts are named by (profile id, attempt uuid): an
/// imported record may bring the same attempt to two profiles of one computer.
class AttemptStore
{
public:
    AttemptStore(ProgressDatabase &db, const library::Library &library,
                 Clock clock = systemClock());

    /// Starts an attempt on an installed quiz; records the pack version and the quiz
    /// file's SHA-256 from the library. Refused (progress.attempt-open) while another
    /// attempt at the same quiz is open: resume or abandon it first.
    Result<AttemptRecord> start(qint64 profileId, const QString &packId, const QString &itemId,
                                const packformat::Quiz &quiz, quint32 seed);
    /// Grades and records one answer (replacing an earlier answer to the question).
    Result<quiz::Grade> answer(qint64 profileId, const QUuid &attemptId,
                               const packformat::Question &question,
                               const quiz::Response &response);
    /// Scores the recorded answers against `quiz` (unanswered questions earn nothing)
    /// and closes the attempt.
    Result<quiz::QuizScore> finish(qint64 profileId, const QUuid &attemptId,
                                   const packformat::Quiz &quiz);
    /// Closes an open attempt without a score; its answers stay in the record.
    Result<void> abandon(qint64 profileId, const QUuid &attemptId);

    /// The open attempt at this quiz, with its answers, or nullopt.
    Result<std::optional<AttemptRecord>> unfinishedAttempt(qint64 profileId, const QString &packId,
                                                           const QString &itemId) const;
    /// One attempt with its answers.
    Result<AttemptRecord> attempt(qint64 profileId, const QUuid &attemptId) const;
    /// Every attempt at one quiz, newest first, without answers.
    Result<QList<AttemptRecord>> attempts(qint64 profileId, const QString &packId,
                                          const QString &itemId) const;
    /// The finished attempt with the highest score (the earliest among equals), on any
    /// version of the quiz; nullopt when none is finished.
    Result<std::optional<AttemptRecord>> bestAttempt(qint64 profileId, const QString &packId,
                                                     const QString &itemId) const;

    /// A fresh random seed for start().
    static quint32 newSeed();

private:
    ProgressDatabase &m_db;
    const library::Library &m_library;
    Clock m_clock;
};

} // namespace oht::progress
