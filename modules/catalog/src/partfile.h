#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/core/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace oht::catalog {

/// What a download keeps next to its partial file, so it can resume after a restart.
struct PartMetadata
{
    CatalogEntry entry;
    QByteArray validator; ///< the ETag (or Last-Modified) the partial bytes came with
};

/// The files of one download in the downloads folder, all named by the entry's SHA-256:
/// `<sha>.part` (the bytes so far), `<sha>.json` (PartMetadata) and, once verified,
/// `<sha>.ohtpack`. The partial file's length is the resume offset: bytes are only ever
/// appended in order, so whatever reached the disk is correct for its position.
class PartFile
{
public:
    PartFile(const QString &dir, const QString &key);

    QString partPath() const { return m_base + QLatin1String(".part"); }
    QString metadataPath() const { return m_base + QLatin1String(".json"); }
    QString finishedPath() const { return m_base + QLatin1String(".ohtpack"); }

    qint64 size() const;
    bool isFinished() const;

    Result<void> saveMetadata(const PartMetadata &metadata) const;
    static Result<PartMetadata> loadMetadata(const QString &metadataPath);

    /// Opens the partial file for appending (created if needed); `truncate` starts over.
    Result<void> openForAppend(bool truncate);
    Result<void> append(const QByteArray &bytes);
    /// Flushes and closes (a paused or cut download keeps its bytes).
    void close();
    bool isOpen() const { return m_file.isOpen(); }

    /// Renames the verified partial file to finishedPath(); the metadata stays (restore()).
    Result<void> finish();
    /// Deletes the partial file and the metadata (not a finished pack).
    void removePartial();
    /// Deletes everything, the finished pack too.
    void removeAll();

private:
    Error ioError(const QString &what) const;

    QString m_base;
    QFile m_file;
};

} // namespace oht::catalog
