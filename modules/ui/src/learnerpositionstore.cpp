#include "oht/ui/learnerpositionstore.h"

#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"

#include <QLoggingCategory>

namespace oht::ui {

Q_LOGGING_CATEGORY(lcPositions, "oht.ui.positions")

LearnerPositionStore::LearnerPositionStore(progress::EventRecorder &events,
                                           progress::LearnerSession &session,
                                           const ReadingPositionStore *legacy)
    : m_events(events), m_session(session), m_legacy(legacy)
{}

double LearnerPositionStore::position(const QString &packId, const QString &itemId) const
{
    const auto state = m_events.itemState(m_session.profileId(), packId, itemId);
    if (state && *state && (*state)->position)
        return *(*state)->position;
    return m_legacy ? m_legacy->position(packId, itemId) : 0.0;
}

void LearnerPositionStore::setPosition(const QString &packId, const QString &itemId,
                                       double fraction)
{
    const auto recorded =
        m_events.recordPosition(m_session.profileId(), packId, itemId, qBound(0.0, fraction, 1.0));
    if (!recorded)
        qCWarning(lcPositions) << "reading position not recorded:" << recorded.error().message;
}

void LearnerPositionStore::forgetPack(const QString &) {}

} // namespace oht::ui
