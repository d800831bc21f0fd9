#pragma once

#include "oht/archive/archivereader.h"
#include "oht/archive/limits.h"

namespace oht::archive {

/// ArchiveReader for zip files, backed by libarchive with only the zip format registered.
///
/// Every method makes its own pass over the archive and re-validates every header, so a
/// file changed between calls cannot slip through. Errors are InvalidInput with a stable
/// code ("archive.path-traversal", "archive.ratio", ...; see docs/pack-format.md) and a
/// translated message naming the entry; a file that cannot be read at all is Io
/// ("archive.unreadable"). Errors returned by an EntrySink are passed back unchanged.
class ZipReader final : public ArchiveReader
{
public:
    explicit ZipReader(QString path, Limits limits = {});
    /// Reads an archive held in memory; its size is the base of the ratio limit.
    static ZipReader fromMemory(QByteArray data, Limits limits = {});

    Result<QList<EntryInfo>> scan() override;
    Result<QByteArray> readEntry(const QString &name, qint64 maxBytes) override;
    /// Runs scan() first, so the sink sees nothing from an archive with a bad header.
    Result<void> extract(EntrySink &sink) override;

private:
    ZipReader(QByteArray data, Limits limits, bool);

    QString m_path;
    QByteArray m_data;
    bool m_inMemory = false;
    Limits m_limits;
};

} // namespace oht::archive
