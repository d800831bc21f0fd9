#pragma once

#include "oht/ui/readingpositionstore.h"

namespace oht::progress {
class EventRecorder;
class LearnerSession;
} // namespace oht::progress

namespace oht::ui {

/// Reading positions per learner, in the progress database (EventRecorder), for the
/// session's current learner. Positions saved by earlier versions in settings.ini
/// (`legacy`) are still found until the learner reads the lesson again.
class LearnerPositionStore : public ReadingPositionStore
{
public:
    LearnerPositionStore(progress::EventRecorder &events, progress::LearnerSession &session,
                         const ReadingPositionStore *legacy = nullptr);

    double position(const QString &packId, const QString &itemId) const override;
    void setPosition(const QString &packId, const QString &itemId, double fraction) override;
    /// Keeps the record: it is the learner's history, and a course imported again
    /// resumes where they stopped.
    void forgetPack(const QString &packId) override;

private:
    progress::EventRecorder &m_events;
    progress::LearnerSession &m_session;
    const ReadingPositionStore *m_legacy;
};

} // namespace oht::ui
