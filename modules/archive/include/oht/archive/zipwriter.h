#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace oht::archive {

/// Writes a deterministic zip: fixed timestamps, fixed permissions, entries in the
/// order added. The same calls give a byte-identical file. Writes to OUT.tmp and
/// renames on close(), so a failed build never leaves a half-written pack.
///
/// Text is deflated; already-compressed media (png, jpg, mp4, woff2, pdf, ...) are
/// stored, which is faster and no bigger. Names must pass oht::isSafePackPath and be
/// unique after Unicode normalisation and case-folding, as ZipReader demands. After any
/// failure the writer refuses further calls and close() removes the temporary file.
class ZipWriter
{
public:
    explicit ZipWriter(QString path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    Result<void> open();
    Result<void> addFile(const QString &name, const QByteArray &data);
    /// Streams a file from disk (large media are never held in memory).
    Result<void> addFileFromDisk(const QString &name, const QString &diskPath);
    Result<void> close();

    /// True when `name`'s extension marks already-compressed data, stored as is.
    static bool isStoredUncompressed(const QString &name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oht::archive
