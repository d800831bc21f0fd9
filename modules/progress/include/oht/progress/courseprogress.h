#pragma once

#include "oht/core/result.h"
#include "oht/progress/certificaterecord.h"
#include "oht/progress/coursecompletion.h"

#include <QList>
#include <optional>

namespace oht::library {
class Library;
}

namespace oht::progress {

class ProgressDatabase;

/// A learner's standing in a course, computed from the record against the library's
/// current manifest (the progress page and the certificate use it).
class CourseProgress
{
public:
    CourseProgress(ProgressDatabase &db, const library::Library &library);

    Result<CourseCompletion> completion(qint64 profileId, const QString &packId) const;
    /// Finished attempts at the course's quizzes (also quizzes an update removed), oldest
    /// first.
    Result<QList<ScorePoint>> scoreHistory(qint64 profileId, const QString &packId) const;
    /// What a certificate needs, or nullopt while the course is not complete. The score is
    /// the best attempts' earned points over their available points across the current
    /// quizzes (none when the course has no quiz).
    Result<std::optional<CertificateRecord>> certificateRecord(qint64 profileId,
                                                               const QString &packId) const;

private:
    ProgressDatabase &m_db;
    const library::Library &m_library;
};

} // namespace oht::progress
