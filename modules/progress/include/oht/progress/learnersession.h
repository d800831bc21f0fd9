#pragma once

#include "oht/progress/profile.h"

#include <QObject>

namespace oht::progress {

/// The learner using the app right now. Every page that records or shows progress reads
/// the profile id from here and follows profileChanged(), so switching learners never
/// needs the pages to be rebuilt. Holds no database: ProfileStore owns the profiles.
class LearnerSession : public QObject
{
    Q_OBJECT
public:
    explicit LearnerSession(QObject *parent = nullptr);

    /// 0 before a profile is chosen.
    qint64 profileId() const { return m_profile.id; }
    Profile profile() const { return m_profile; }
    bool hasProfile() const { return m_profile.id != 0; }

    /// Makes `profile` the current learner. Emits profileChanged() when the id changes,
    /// profileUpdated() when only its details (name, PIN) changed.
    void setProfile(const Profile &profile);

signals:
    /// Another learner now uses the app: reload whatever shows progress.
    void profileChanged(qint64 id);
    /// Same learner, new name or PIN state.
    void profileUpdated(const oht::progress::Profile &profile);

private:
    Profile m_profile;
};

} // namespace oht::progress
