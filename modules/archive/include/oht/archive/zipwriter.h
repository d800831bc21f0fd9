#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace oht::archive {

/// Writes a deterministic zip: fixed timestamps, fixed permissions, entries in the
/// order added. The same calls give a byte-identical file. Writes to OUT.tmp and
/// renames on close(), so a failed build never leaves a half-written pack.
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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oht::archive
