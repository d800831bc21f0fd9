#pragma once

#include <QDateTime>
#include <QVariant>

namespace oht::progress {

// Times are stored as UTC milliseconds since the epoch: compact, sortable, and free of
// time-zone text. NULL means "never".
inline QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// "2026-03-01T09:30:00.000Z", the form exports use.
inline QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace oht::progress
