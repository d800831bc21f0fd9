#pragma once

#include "oht/core/result.h"
#include "oht/progress/clock.h"
#include "oht/progress/profile.h"

#include <QString>
#include <memory>

namespace oht::library {
class Library;
}

namespace oht::progress {

class ActivityStats;
class AttemptStore;
class CourseProgress;
class EventRecorder;
class LearnerSession;
class ProfileStore;
class ProgressDatabase;

/// The learners' database with its stores and the current learner, opened once by the
/// app (and by tests) and handed by reference to every page that records or shows
/// progress. Owns them all; used from the thread that opened it.
class ProgressServices
{
public:
    /// Opens (creating or migrating) `progress.sqlite` in `dataDir`. The session has no
    /// profile yet: call ensureProfile() or set one after asking for a PIN.
    static Result<std::unique_ptr<ProgressServices>>
    open(const QString &dataDir, const library::Library &library, Clock clock = systemClock());
    ~ProgressServices();
    ProgressServices(const ProgressServices &) = delete;
    ProgressServices &operator=(const ProgressServices &) = delete;

    /// The profile to start with, without asking anything: the last one used, else the
    /// first by name, else a new one named tr("Learner") (the first run never shows a
    /// wall before the first lesson). Does not set the session.
    Result<Profile> startupProfile();
    /// Makes `profile` current (session) and remembers it as the last used.
    Result<void> activate(const Profile &profile);

    ProgressDatabase &database() { return *m_db; }
    ProfileStore &profiles() { return *m_profiles; }
    EventRecorder &events() { return *m_events; }
    AttemptStore &attempts() { return *m_attempts; }
    CourseProgress &courseProgress() { return *m_courseProgress; }
    ActivityStats &activityStats() { return *m_activityStats; }
    LearnerSession &session() { return *m_session; }
    const library::Library &library() const { return m_library; }
    /// Shorthand for session().profileId().
    qint64 profileId() const;

private:
    ProgressServices(std::unique_ptr<ProgressDatabase> db, const library::Library &library,
                     Clock clock);

    const library::Library &m_library;
    std::unique_ptr<ProgressDatabase> m_db;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<EventRecorder> m_events;
    std::unique_ptr<AttemptStore> m_attempts;
    std::unique_ptr<CourseProgress> m_courseProgress;
    std::unique_ptr<ActivityStats> m_activityStats;
    std::unique_ptr<LearnerSession> m_session;
};

} // namespace oht::progress
