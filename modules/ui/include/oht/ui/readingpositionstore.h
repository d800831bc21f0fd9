#pragma once

#include <QString>

namespace oht::ui {

/// Where the learner stopped reading each lesson, as a scroll fraction 0..1.
/// An interface because a later issue moves this into the progress database.
class ReadingPositionStore
{
public:
    virtual ~ReadingPositionStore() = default;
    /// 0 when the lesson was never read.
    virtual double position(const QString &packId, const QString &itemId) const = 0;
    virtual void setPosition(const QString &packId, const QString &itemId, double fraction) = 0;
    /// Forgets every position of a pack (after it is removed).
    virtual void forgetPack(const QString &packId) = 0;
};

} // namespace oht::ui
