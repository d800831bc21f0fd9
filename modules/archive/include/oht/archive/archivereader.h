#pragma once

#include "oht/archive/entrysink.h"
#include "oht/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace oht::archive {

struct EntryInfo
{
    QString name;          ///< validated: relative, '/'-separated, NFC-checked, no '..'
    qint64 declaredSize{}; ///< as the archive says; -1 when unknown. Never trusted for limits.
};

/// Read-only access to a pack archive, treating it as hostile input.
/// Every method re-validates names; errors name the offending entry.
class ArchiveReader
{
public:
    virtual ~ArchiveReader() = default;

    /// Lists the regular-file entries without decompressing them. Fails on any unsafe
    /// name or entry type, duplicates, collisions, encryption or too many entries.
    /// Directory entries are accepted and omitted from the list.
    virtual Result<QList<EntryInfo>> scan() = 0;

    /// Decompresses one entry into memory; fails if it is larger than maxBytes.
    virtual Result<QByteArray> readEntry(const QString &name, qint64 maxBytes) = 0;

    /// Streams every regular file, in archive order, into the sink, enforcing the
    /// Limits on bytes actually produced. Also fails on truncation or corruption.
    virtual Result<void> extract(EntrySink &sink) = 0;
};

} // namespace oht::archive
