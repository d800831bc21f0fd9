#pragma once

#include "oht/archive/archivereader.h"
#include "oht/archive/limits.h"

namespace oht::archive {

/// ArchiveReader for zip files, backed by libarchive with only the zip format registered.
class ZipReader final : public ArchiveReader
{
public:
    explicit ZipReader(QString path, Limits limits = {});

    Result<QList<EntryInfo>> scan() override;
    Result<QByteArray> readEntry(const QString &name, qint64 maxBytes) override;
    Result<void> extract(EntrySink &sink) override;

private:
    QString m_path;
    Limits m_limits;
};

} // namespace oht::archive
