#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace oht::progress {

/// How an item came to be completed.
enum class CompletionSource {
    Explicit,   ///< the learner chose "Mark as complete"
    ReachedEnd, ///< the learner reached the end of the lesson
    Imported,   ///< merged from a learning record made elsewhere
};

/// Where one learner is with one item of a pack (lesson or quiz). Keyed on the pack id and
/// the item id, which pack updates keep, so the state survives updates.
struct ItemState
{
    QString packId;
    QString itemId;
    QDateTime firstOpenedAt; ///< UTC; invalid when never opened
    QDateTime lastOpenedAt;  ///< UTC; "Continue where you left off"
    int openCount = 0;
    std::optional<double> position; ///< reading position 0..1, the latest reported
    QDateTime completedAt;          ///< UTC; invalid when not completed
    CompletionSource completedBy = CompletionSource::Explicit;
    qint64 activeSeconds = 0; ///< active (not wall) time

    bool isCompleted() const { return completedAt.isValid(); }
};

} // namespace oht::progress
