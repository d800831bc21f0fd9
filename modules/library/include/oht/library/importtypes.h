#pragma once

#include "oht/archive/limits.h"
#include "oht/packformat/finding.h"

#include <QByteArray>
#include <QString>

namespace oht::library {

struct ImportOptions
{
    bool force = false; ///< allow installing an older version over a newer one
    archive::Limits limits;
    /// When not empty, the archive's pack.json must be exactly these bytes, else the import
    /// is refused ("library.manifest-mismatch"). A caller that verified a signature over
    /// pack.json binds the import to the bytes it verified.
    QByteArray expectedManifest;
};

enum class ImportOutcome {
    Installed,        ///< the pack was not in the library
    Updated,          ///< a newer version replaced the installed one, item ids kept
    AlreadyInstalled, ///< same version: nothing changed
    Downgraded,       ///< an older version, with force
};

struct ImportReport
{
    ImportOutcome outcome = ImportOutcome::Installed;
    QString packId;
    QString version;
    QString previousVersion;       ///< empty on a first install
    packformat::Findings warnings; ///< validator warnings (errors refuse the import)
};

/// Lets a caller follow and cancel a long import (the GUI runs it in a worker thread).
class ImportObserver
{
public:
    virtual ~ImportObserver() = default;
    /// Bytes decompressed so far of `total` (total = sum of declared sizes, may be 0).
    virtual void progress(qint64 done, qint64 total) = 0;
    /// Polled often; return true to stop. The library is then left unchanged.
    virtual bool isCancelled() const = 0;
};

} // namespace oht::library
