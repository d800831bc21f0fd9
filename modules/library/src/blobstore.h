#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace oht::library {

/// Content-addressed store of pack files: `<dataDir>/blobs/<first 2 hex>/<sha256>`.
/// A blob file is only ever created by renaming a complete, synced file into place, so
/// a file under its name always holds exactly that content; packs and versions that
/// share a file share its blob, and an existing blob is never rewritten.
class BlobStore
{
public:
    explicit BlobStore(QString dataDir);

    Result<void> ensureDirectories() const;

    QString dataDir() const { return m_dataDir; }
    QString blobsRoot() const { return m_dataDir + QLatin1String("/blobs"); }
    QString tmpRoot() const { return m_dataDir + QLatin1String("/tmp"); }
    QString blobPath(const QByteArray &sha256Hex) const;
    bool contains(const QByteArray &sha256Hex) const;
    /// The two-hex-digit folders under blobs/ that exist: a hash whose folder is missing
    /// is not stored as a file, without a stat per file (packed libraries have none).
    QSet<QString> shardFolders() const;

    /// Moves a finished, synced file to its blob name; if the blob already exists the
    /// file is dropped instead (same name, same content).
    Result<void> install(const QString &stagedFile, const QByteArray &sha256Hex) const;

    /// Makes data and renames under the data directory durable. On Linux one syncfs()
    /// does it for all files at once; elsewhere each listed path (files, then folders)
    /// is fsync'ed. Nothing to do for an empty list.
    Result<void> sync(const QStringList &paths) const;

    /// Deletes blob files whose hash is not in `keep`, stray files under blobs/, and
    /// import folders under tmp/ that no running import holds. Returns the number of
    /// files removed. Callers hold the database write lock so no import commits meanwhile.
    Result<int> sweep(const QSet<QByteArray> &keep) const;

    /// Names of the staging folders under tmp/ that a running import holds (PackedBlobs
    /// spares the rows those imports wrote).
    QSet<QString> runningImports() const;

    static bool isSha256Hex(const QByteArray &text);

private:
    int sweepTmp() const;
    QString m_dataDir;
};

} // namespace oht::library
