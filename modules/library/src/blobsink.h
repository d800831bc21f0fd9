#pragma once

#include "oht/archive/entrysink.h"
#include "oht/library/importtypes.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

namespace oht::packio {
class PackContentSink;
}

namespace oht::library {

class BlobStore;
class ImportStaging;
class StagingWriter;

/// Stores each entry of a pack being imported before the library's commit refers to it:
/// entries up to PackedBlobs::kMaxBytes as rows of the packed store, larger ones as files
/// in the import's staging folder. Reports progress / polls cancellation as bytes arrive.
/// An entry whose expected hash (from the manifest read up front) is already stored, or
/// already staged by this import, is not written again: if the real bytes differ, the
/// validator's hash check refuses the pack anyway. pack.json is not stored here (the
/// database keeps it). Hashing and validation are PackContentSink's job, which forwards
/// to this.
///
/// Small entries are handed whole to a worker thread that stores them while the next
/// entries are decompressed and hashed; large ones stream straight to disk.
class BlobSink final : public archive::EntrySink
{
public:
    /// `alreadyPacked`: the expected hashes the packed store holds when the import starts.
    BlobSink(const BlobStore &store, QSet<QByteArray> alreadyPacked, ImportStaging &staging,
             QHash<QString, QByteArray> expectedHashes, ImportObserver *observer,
             qint64 totalBytes);
    ~BlobSink() override;

    Result<void> beginEntry(const QString &name) override;
    Result<void> data(const char *bytes, qsizetype size) override;
    Result<void> endEntry() override;

    /// Waits until every staged file is written; call after extraction, before using
    /// stagedFiles(). Fails with the first write error.
    Result<void> finish();

    /// Pack path -> staged file, for entries written as files (others were packed or
    /// reuse a stored blob).
    const QHash<QString, QString> &stagedFiles() const { return m_staged; }

    /// The sink that forwards to this one. The text files it keeps in memory (lessons,
    /// quizzes) are then shared with it instead of buffered a second time.
    void shareTextWith(const packio::PackContentSink *content) { m_content = content; }

    /// Called with each whole entry held in memory (to render lessons while the archive
    /// is still being read).
    using EntryListener = std::function<void(const QString &name, const QByteArray &bytes)>;
    void setEntryListener(EntryListener listener) { m_listener = std::move(listener); }

    /// Entries up to this size are buffered and written by the worker thread.
    static constexpr qint64 kSmallEntryBytes = 1024 * 1024;

private:
    Result<void> poll();
    bool isStored(const QByteArray &sha256Hex) const;
    Result<void> openForStreaming();
    bool sharesCurrentEntry() const;

    const BlobStore &m_store;
    const QSet<QByteArray> m_alreadyPacked;
    const QSet<QString> m_shardFolders; ///< BlobStore::shardFolders() at the start
    ImportStaging &m_staging;
    QHash<QString, QByteArray> m_expected;
    QSet<QByteArray> m_stagedHashes;
    QHash<QString, QString> m_staged;
    ImportObserver *m_observer = nullptr;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_lastReported = -1;
    std::unique_ptr<StagingWriter> m_writer;

    QString m_name;
    QString m_path;      ///< staged file of the current entry; empty when not staged
    QByteArray m_buffer; ///< a small entry's bytes, until endEntry(), unless shared
    QFile m_file;        ///< a large entry, streamed
    qint64 m_entrySize = 0;
    const packio::PackContentSink *m_content = nullptr;
    EntryListener m_listener;
};

} // namespace oht::library
