#include "blobsink.h"

#include "blobstore.h"
#include "importstaging.h"
#include "oht/core/sha256.h"
#include "oht/packio/packcontentsink.h"
#include "packedblobs.h"

#include <QCoreApplication>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>

namespace oht::library {

namespace {

constexpr qint64 kProgressStep = 1024 * 1024;
/// Bytes waiting for the worker thread at most; beyond that the reader waits.
constexpr qint64 kMaxQueuedBytes = 16 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::BlobSink", text);
}

Error writeError(const QString &name, const QString &reason)
{
    return Error::io(QStringLiteral("library.write-failed"),
                     tr("Cannot write %1 to the library: %2").arg(name, reason));
}

} // namespace

/// Writes whole small entries on one worker thread, in the order queued: those up to
/// PackedBlobs::kMaxBytes as rows of the packed store (hashed here, off the reading
/// thread), the others as staged files. The worker wakes for a batch (not for every small
/// file) to keep thread switches rare, and adds a batch's rows in one transaction. The
/// first failure is kept and returned by the next write() or by finish(); later entries
/// are skipped.
class StagingWriter
{
public:
    StagingWriter(QString dataDir, QString importName)
        : m_dataDir(std::move(dataDir)), m_importName(std::move(importName)),
          m_thread([this] { run(); })
    {}

    ~StagingWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_queue.clear();
        }
        m_changed.notify_all();
        m_thread.join();
    }

    /// Queues an entry; an empty `path` packs it.
    Result<void> write(const QString &name, const QString &path, QByteArray data)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queuedBytes < kMaxQueuedBytes || m_error; });
        if (m_error)
            return *m_error;
        m_queuedBytes += data.size();
        m_queue.push_back({name, path, std::move(data)});
        const bool wake = m_queue.size() >= kBatchFiles || m_queuedBytes >= kBatchBytes;
        lock.unlock();
        if (wake)
            m_changed.notify_all();
        return {};
    }

    Result<void> finish()
    {
        std::unique_lock lock(m_mutex);
        m_finishing = true;
        m_changed.notify_all();
        m_changed.wait(lock, [&] { return (m_queue.empty() && !m_busy) || m_error; });
        m_finishing = false;
        if (m_error)
            return *m_error;
        // Everything is committed; the worker now copies the packed store's log into the
        // file while this thread commits the library, instead of the last connection's
        // close doing it on this thread when the import ends.
        m_checkpointDue = m_wrotePacked;
        m_changed.notify_all();
        return {};
    }

private:
    struct Job
    {
        QString name;
        QString path;
        QByteArray data;
    };
    static constexpr qsizetype kBatchFiles = 256;
    static constexpr qint64 kBatchBytes = 4 * 1024 * 1024;

    void run()
    {
        // Opened on this thread, which alone uses it (a SQL connection belongs to one).
        PackedBlobs packed(m_dataDir);
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] {
                return m_stopping || m_checkpointDue ||
                       (!m_queue.empty() && (m_finishing || m_queue.size() >= kBatchFiles ||
                                             m_queuedBytes >= kBatchBytes));
            });
            if (m_stopping)
                return;
            if (m_checkpointDue && m_queue.empty()) {
                m_checkpointDue = false;
                lock.unlock();
                packed.checkpoint();
                lock.lock();
                continue;
            }
            std::deque<Job> batch;
            batch.swap(m_queue);
            m_busy = true;
            lock.unlock();
            const qint64 written =
                std::accumulate(batch.cbegin(), batch.cend(), qint64(0),
                                [](qint64 sum, const Job &job) { return sum + job.data.size(); });
            std::optional<Error> error = writeBatch(batch, packed);
            lock.lock();
            m_busy = false;
            m_wrotePacked = true;
            m_queuedBytes -= written;
            if (error && !m_error) {
                m_error = std::move(error);
                m_queue.clear();
            }
            m_changed.notify_all();
        }
    }

    std::optional<Error> writeBatch(const std::deque<Job> &batch, PackedBlobs &packed) const
    {
        QList<PackedBlobs::Blob> rows;
        for (const Job &job : batch) {
            if (job.path.isEmpty()) {
                rows.append({Sha256::hashHex(job.data), job.data});
            } else if (auto error = writeFile(job)) {
                return error;
            }
        }
        if (rows.isEmpty())
            return std::nullopt;
        if (auto r = packed.add(rows, m_importName); !r)
            return r.error();
        return std::nullopt;
    }

    static std::optional<Error> writeFile(const Job &job)
    {
        QFile file(job.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered) ||
            file.write(job.data) != job.data.size())
            return writeError(job.name, file.errorString());
        file.close();
        if (file.error() != QFileDevice::NoError)
            return writeError(job.name, file.errorString());
        return std::nullopt;
    }

    const QString m_dataDir;
    const QString m_importName;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_busy = false;
    bool m_finishing = false;
    bool m_stopping = false;
    bool m_wrotePacked = false;
    bool m_checkpointDue = false;
    std::optional<Error> m_error;
    std::thread m_thread; // last: started once the members above exist
};

BlobSink::BlobSink(const BlobStore &store, QSet<QByteArray> alreadyPacked, ImportStaging &staging,
                   QHash<QString, QByteArray> expectedHashes, ImportObserver *observer,
                   qint64 totalBytes)
    : m_store(store), m_alreadyPacked(std::move(alreadyPacked)),
      m_shardFolders(store.shardFolders()), m_staging(staging),
      m_expected(std::move(expectedHashes)), m_observer(observer), m_total(totalBytes),
      m_writer(std::make_unique<StagingWriter>(store.dataDir(), staging.name()))
{}

BlobSink::~BlobSink() = default;

Result<void> BlobSink::poll()
{
    if (!m_observer)
        return {};
    if (m_observer->isCancelled())
        return Error::cancelled();
    if (m_lastReported < 0 || m_done - m_lastReported >= kProgressStep) {
        m_observer->progress(m_done, m_total);
        m_lastReported = m_done;
    }
    return {};
}

Result<void> BlobSink::beginEntry(const QString &name)
{
    if (auto r = poll(); !r)
        return r;
    m_name = name;
    m_path.clear();
    m_buffer.clear();
    m_entrySize = 0;
    if (name == QLatin1String("pack.json"))
        return {};
    const QByteArray expected = m_expected.value(name);
    if (!expected.isEmpty() && isStored(expected))
        return {};
    m_path = m_staging.newFilePath();
    if (!expected.isEmpty())
        m_stagedHashes.insert(expected);
    return {};
}

bool BlobSink::isStored(const QByteArray &sha256Hex) const
{
    return m_stagedHashes.contains(sha256Hex) || m_alreadyPacked.contains(sha256Hex) ||
           (m_shardFolders.contains(QString::fromLatin1(sha256Hex.left(2))) &&
            m_store.contains(sha256Hex));
}

bool BlobSink::sharesCurrentEntry() const
{
    return m_content && m_content->keepsCurrentEntry();
}

Result<void> BlobSink::openForStreaming()
{
    // The bytes so far: the shared buffer holds all but the chunk being passed on.
    const QByteArray &head = sharesCurrentEntry() ? m_content->currentText() : m_buffer;
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        m_file.write(head) != head.size())
        return writeError(m_name, m_file.errorString());
    m_buffer = QByteArray();
    return {};
}

Result<void> BlobSink::data(const char *bytes, qsizetype size)
{
    if (!m_path.isEmpty()) {
        if (!m_file.isOpen() && m_entrySize + size > kSmallEntryBytes) {
            if (auto r = openForStreaming(); !r)
                return r;
        }
        if (m_file.isOpen()) {
            if (m_file.write(bytes, size) != size)
                return writeError(m_name, m_file.errorString());
        } else if (!sharesCurrentEntry()) {
            m_buffer.append(bytes, size);
        }
    }
    m_entrySize += size;
    m_done += size;
    return poll();
}

Result<void> BlobSink::endEntry()
{
    if (sharesCurrentEntry() && !m_file.isOpen()) {
        m_buffer = m_content->currentText(); // shared, not copied: the entry is complete
        if (m_listener)
            m_listener(m_name, m_buffer);
    }
    if (!m_path.isEmpty()) {
        if (m_file.isOpen()) {
            const bool flushed = m_file.flush();
            m_file.close();
            if (!flushed || m_file.error() != QFileDevice::NoError)
                return writeError(m_name, m_file.errorString());
            m_staged.insert(m_name, m_path);
        } else {
            // Small entries are packed; the rest become staged files.
            const bool pack = m_buffer.size() <= PackedBlobs::kMaxBytes;
            if (auto r =
                    m_writer->write(m_name, pack ? QString() : m_path, std::exchange(m_buffer, {}));
                !r)
                return r;
            if (!pack)
                m_staged.insert(m_name, m_path);
        }
    }
    if (m_observer) {
        m_observer->progress(m_done, m_total);
        m_lastReported = m_done;
    }
    return {};
}

Result<void> BlobSink::finish()
{
    return m_writer->finish();
}

} // namespace oht::library
