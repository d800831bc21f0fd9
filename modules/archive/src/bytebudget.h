#pragma once

#include "oht/archive/limits.h"
#include "oht/core/result.h"

#include <QString>

namespace oht::archive::detail {

/// Counts the bytes decompression actually produces (declared sizes can lie) and
/// refuses the archive as soon as one of the Limits is crossed.
class ByteBudget
{
public:
    ByteBudget(const Limits &limits, qint64 archiveSize)
        : m_limits(limits), m_archiveSize(archiveSize)
    {}

    /// Starts counting a new entry, which may produce at most `entryCap` bytes.
    void beginEntry(qint64 entryCap);
    /// Accounts `bytes` more of `entryName`, before they are handed on.
    Result<void> add(const QString &entryName, qint64 bytes);

private:
    Limits m_limits;
    qint64 m_archiveSize = 0;
    qint64 m_entryCap = 0;
    qint64 m_entryBytes = 0;
    qint64 m_totalBytes = 0;
};

} // namespace oht::archive::detail
