#include "oht/progress/learnersession.h"

namespace oht::progress {

LearnerSession::LearnerSession(QObject *parent) : QObject(parent) {}

void LearnerSession::setProfile(const Profile &profile)
{
    const bool otherLearner = profile.id != m_profile.id;
    m_profile = profile;
    if (otherLearner)
        emit profileChanged(profile.id);
    else
        emit profileUpdated(profile);
}

} // namespace oht::progress
