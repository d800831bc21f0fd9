#include "oht/ui/learnerpositionstore.h"

#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"

#include <QLoggingCategory>

namespace oht::ui {

Q_LOGGING_CATEGORY(lcPositions, "oht.ui.positions")

LearnerPositionStore::LearnerPositionStore(progress::ProgressServices &progress,
                                           const ReadingPositionStore *legacy)
    : m_progress(progress), m_legacy(legacy)
{
    if (const auto profiles = progress.profiles().list(); profiles && !profiles->isEmpty()) {
        m_legacyOwner = profiles->first().id;
        for (const progress::Profile &p : *profiles)
            m_legacyOwner = qMin(m_legacyOwner, p.id);
    }
}

double LearnerPositionStore::position(const QString &packId, const QString &itemId) const
{
    const qint64 learner = m_progress.profileId();
    const auto state = m_progress.events().itemState(learner, packId, itemId);
    if (state && *state && (*state)->position)
        return *(*state)->position;
    return m_legacy && learner == m_legacyOwner ? m_legacy->position(packId, itemId) : 0.0;
}

void LearnerPositionStore::setPosition(const QString &packId, const QString &itemId,
                                       double fraction)
{
    const auto recorded = m_progress.events().recordPosition(m_progress.profileId(), packId, itemId,
                                                             qBound(0.0, fraction, 1.0));
    if (!recorded)
        qCWarning(lcPositions) << "reading position not recorded:" << recorded.error().message;
}

void LearnerPositionStore::forgetPack(const QString &) {}

} // namespace oht::ui
