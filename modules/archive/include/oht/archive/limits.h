#pragma once

#include <QtGlobal>

namespace oht::archive {

/// Caps on what reading an archive may produce. Counted on bytes actually
/// decompressed, never on sizes the archive declares (those can lie).
/// Defaults are generous enough for video courses; see docs/pack-format.md.
struct Limits
{
    qint64 maxEntries = 50'000;
    qint64 maxEntryBytes = 4LL * 1024 * 1024 * 1024;
    qint64 maxTotalBytes = 16LL * 1024 * 1024 * 1024;
    /// Decompressed bytes / archive file size; checked once ratioGraceBytes were produced.
    double maxRatio = 200.0;
    qint64 ratioGraceBytes = 1024 * 1024;
};

} // namespace oht::archive
