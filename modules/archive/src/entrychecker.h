#pragma once

#include "oht/archive/limits.h"
#include "oht/core/result.h"
#include "readsession.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace oht::archive::detail {

/// Decides whether an entry header may be read, applying docs/pack-format.md's rules
/// ("What the importer refuses") one header at a time, and remembering names so
/// duplicates and collisions anywhere in the archive are found.
class EntryChecker
{
public:
    explicit EntryChecker(const Limits &limits) : m_limits(limits) {}

    /// True for a regular file to read, false for a directory entry to skip.
    Result<bool> check(const RawHeader &header);

    /// The name as it can be shown in a one-line message: control characters escaped,
    /// very long names shortened.
    static QString displayName(const QString &name);

private:
    Result<void> checkName(const QString &name) const;
    Result<void> checkFileType(const RawHeader &header) const;
    Result<void> rememberFile(const QString &name);
    Result<void> rememberDirectory(const QString &name);

    Limits m_limits;
    qint64 m_count = 0;
    QSet<QString> m_fileNames;
    QHash<QString, QString> m_fileKeys; ///< collision key -> file name
    QHash<QString, QString> m_dirKeys;  ///< collision key of a folder -> a name inside it
};

} // namespace oht::archive::detail
