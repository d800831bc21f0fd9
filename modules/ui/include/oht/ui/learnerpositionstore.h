#pragma once

#include "oht/ui/readingpositionstore.h"

namespace oht::progress {
class ProgressServices;
}

namespace oht::ui {

/// Reading positions per learner, in the progress database (EventRecorder), for the
/// session's current learner. Positions saved by earlier versions in settings.ini
/// (`legacy`) are still found until the lesson is read again — only by the first learner
/// of this computer (the one those versions had), never by learners added since.
class LearnerPositionStore : public ReadingPositionStore
{
public:
    explicit LearnerPositionStore(progress::ProgressServices &progress,
                                  const ReadingPositionStore *legacy = nullptr);

    double position(const QString &packId, const QString &itemId) const override;
    void setPosition(const QString &packId, const QString &itemId, double fraction) override;
    /// Keeps the record: it is the learner's history, and a course imported again
    /// resumes where they stopped.
    void forgetPack(const QString &packId) override;

private:
    progress::ProgressServices &m_progress;
    const ReadingPositionStore *m_legacy;
    qint64 m_legacyOwner = 0; ///< the first learner created
};

} // namespace oht::ui
