#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace oht::storage {
class SqliteDatabase;
}

namespace oht::library {

/// Small pack files (lessons, quizzes, most images) kept together in one SQLite file,
/// `<dataDir>/blobs.sqlite`, named by SHA-256 like BlobStore's files. Creating a file per
/// lesson was the slowest part of importing a large course (thousands of inode
/// allocations, renames and directory syncs); rows in one file cost a fraction of that,
/// and reading a small row is faster than opening a file. Large files (video, audio, big
/// images) stay files so they can be streamed.
///
/// Rows are written before the library's commit refers to them, in their own
/// transactions: a killed import leaves orphan rows, never a reference to a missing one.
/// Each row remembers the import (its staging folder's name) that wrote it, so a sweep
/// spares the rows of an import that is still running.
///
/// The connection opens on first use, on the thread that uses it (one object per thread),
/// so commands that never read a file do not pay for it.
class PackedBlobs
{
public:
    /// Files up to this size are packed; larger ones go to the BlobStore's files.
    static constexpr qint64 kMaxBytes = 128 * 1024;

    explicit PackedBlobs(QString dataDir);
    ~PackedBlobs();
    PackedBlobs(const PackedBlobs &) = delete;
    PackedBlobs &operator=(const PackedBlobs &) = delete;

    QString filePath() const;

    /// The blob's bytes, or nullopt when it is not packed here.
    Result<std::optional<QByteArray>> read(const QByteArray &sha256Hex);
    Result<bool> contains(const QByteArray &sha256Hex);
    /// Which of `sha256Hexes` are stored, in one query (an import asks for every entry).
    Result<QSet<QByteArray>> existing(const QList<QByteArray> &sha256Hexes);

    struct Blob
    {
        QByteArray sha256Hex;
        QByteArray data;
    };
    /// Adds the blobs not stored yet, in one transaction; durable when this returns.
    Result<void> add(const QList<Blob> &blobs, const QString &importName);

    /// Copies the write-ahead log into the file (best effort; committed rows are durable
    /// either way), so closing the last connection has nothing left to do.
    void checkpoint();

    /// Deletes every row `importName` wrote: the import failed, and rows are only ever
    /// written by the first import that needed them.
    Result<void> discardImport(const QString &importName);

    /// Deletes the rows whose hash is not in `keep`, except those written by an import
    /// that `runningImports()` (asked while this holds the write lock, so no import can
    /// add rows meanwhile) still lists. Returns how many rows were deleted.
    Result<int> sweep(const QSet<QByteArray> &keep,
                      const std::function<QSet<QString>()> &runningImports);

private:
    Result<storage::SqliteDatabase *> database();
    /// A statement prepared once and reused: an import asks contains() for every entry.
    Result<QSqlQuery *> statement(std::optional<QSqlQuery> &slot, const QString &sql);

    QString m_dataDir;
    std::unique_ptr<storage::SqliteDatabase> m_db;
    std::optional<QSqlQuery> m_contains; // after m_db: destroyed before its connection
    std::optional<QSqlQuery> m_read;
};

} // namespace oht::library
