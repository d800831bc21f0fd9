#include "oht/progress/progressservices.h"

#include "oht/progress/activitystats.h"
#include "oht/progress/attemptstore.h"
#include "oht/progress/courseprogress.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressdatabase.h"

#include <QCoreApplication>

namespace oht::progress {

Result<std::unique_ptr<ProgressServices>>
ProgressServices::open(const QString &dataDir, const library::Library &library, Clock clock)
{
    auto db = ProgressDatabase::open(dataDir);
    if (!db)
        return db.error();
    return std::unique_ptr<ProgressServices>(
        new ProgressServices(std::move(db.value()), library, std::move(clock)));
}

ProgressServices::ProgressServices(std::unique_ptr<ProgressDatabase> db,
                                   const library::Library &library, Clock clock)
    : m_library(library), m_db(std::move(db)),
      m_profiles(std::make_unique<ProfileStore>(*m_db, clock)),
      m_events(std::make_unique<EventRecorder>(*m_db, clock)),
      m_attempts(std::make_unique<AttemptStore>(*m_db, library, clock)),
      m_courseProgress(std::make_unique<CourseProgress>(*m_db, library)),
      m_activityStats(std::make_unique<ActivityStats>(*m_db)),
      m_session(std::make_unique<LearnerSession>())
{}

ProgressServices::~ProgressServices() = default;

qint64 ProgressServices::profileId() const
{
    return m_session->profileId();
}

Result<Profile> ProgressServices::startupProfile()
{
    auto last = m_profiles->lastUsed();
    if (!last)
        return last.error();
    if (*last)
        return **last;
    auto all = m_profiles->list();
    if (!all)
        return all.error();
    if (!all->isEmpty())
        return all->first();
    return m_profiles->create(
        QCoreApplication::translate("oht::progress::ProgressServices", "Learner"));
}

Result<void> ProgressServices::activate(const Profile &profile)
{
    auto remembered = m_profiles->setLastUsed(profile.id);
    if (!remembered)
        return remembered.error();
    m_session->setProfile(profile);
    return {};
}

} // namespace oht::progress
