#include "transferrate.h"

#include <cmath>

namespace oht::catalog {

void TransferRate::addSample(qint64 msecs, qint64 bytes)
{
    m_samples.append({msecs, bytes});
    // Keep one sample older than the window so the rate always spans the whole window.
    while (m_samples.size() > 2 && m_samples.at(1).first <= msecs - m_windowMs)
        m_samples.removeFirst();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto &first = m_samples.constFirst();
    const auto &last = m_samples.constLast();
    const qint64 elapsed = last.first - first.first;
    if (elapsed <= 0)
        return 0;
    return double(last.second - first.second) * 1000.0 / double(elapsed);
}

int TransferRate::etaSeconds(qint64 remaining) const
{
    if (remaining <= 0)
        return 0;
    const double rate = bytesPerSecond();
    if (rate <= 0)
        return -1;
    return int(std::ceil(double(remaining) / rate));
}

} // namespace oht::catalog
