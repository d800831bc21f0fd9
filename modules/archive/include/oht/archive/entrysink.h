#pragma once

#include "oht/core/result.h"

#include <QString>

namespace oht::archive {

/// Receives the contents of an archive's regular files, entry by entry, as they are
/// decompressed. Returning an error from any call stops extraction with that error
/// (this is how callers cancel).
class EntrySink
{
public:
    virtual ~EntrySink() = default;
    virtual Result<void> beginEntry(const QString &name) = 0;
    virtual Result<void> data(const char *bytes, qsizetype size) = 0;
    virtual Result<void> endEntry() = 0;
};

} // namespace oht::archive
