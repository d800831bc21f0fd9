#pragma once

#include <QList>
#include <QPair>

namespace oht::catalog {

/// Estimates the remaining time of a transfer from the bytes received over the last few
/// seconds (a sliding window, so a stall or a faster network shows soon). Pure: the
/// caller passes the clock, which keeps it testable.
class TransferRate
{
public:
    explicit TransferRate(qint64 windowMs = 5000) : m_windowMs(windowMs) {}

    /// `bytes` is the running total received at `msecs` (any monotonic clock).
    void addSample(qint64 msecs, qint64 bytes);
    void reset() { m_samples.clear(); }

    /// Bytes per second over the window; 0 when not known yet.
    double bytesPerSecond() const;
    /// Seconds to receive `remaining` more bytes at the current rate; -1 when unknown.
    int etaSeconds(qint64 remaining) const;

private:
    qint64 m_windowMs;
    QList<QPair<qint64, qint64>> m_samples; ///< (msecs, bytes), oldest first
};

} // namespace oht::catalog
