#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/core/error.h"

#include <QObject>
#include <QString>
#include <memory>

class QNetworkAccessManager;

namespace oht::catalog {

enum class DownloadState {
    Queued,              ///< waiting for its turn
    WaitingForUnmetered, ///< held back: the connection is metered and the user said so
    Downloading,
    Paused,    ///< by the user, or restored after a restart; the .part file is kept
    Verifying, ///< size and SHA-256 of the complete file
    Finished,  ///< filePath() holds the verified .ohtpack
    Failed,    ///< error() says why; resumable() says whether resume() can continue
    Cancelled  ///< the partial file was deleted
};

/// Settings of the transfer machinery (tests shorten them).
struct DownloadOptions
{
    int transferTimeoutMs = 30'000; ///< a stalled connection is dropped after this
    int maxRetries = 3;             ///< automatic resumes after a dropped connection
    int retryDelayMs = 2'000;       ///< doubled after each retry
};

/// One pack download with resume (docs/catalog-format.md, "Downloads"). Keeps
/// `<downloads>/<sha256>.part` and `<sha256>.json` (URL, ETag, size, SHA-256, the catalog
/// entry), so a download survives pause, a cut connection and an app restart. Resumes
/// with `Range: bytes=N-` + `If-Range: <ETag>`, accepts a 206 only when Content-Range
/// starts at N and the ETag is unchanged, restarts on a 200, checks what it has on a 416.
/// A finished download is renamed to `<sha256>.ohtpack` after its size and SHA-256
/// matched the catalog; nothing else touches the file.
///
/// A local entry (file:// URL, a USB catalog) needs no download: start() finishes at once
/// with the local path and never uses the network.
class DownloadJob : public QObject
{
    Q_OBJECT

public:
    DownloadJob(QNetworkAccessManager *network, QString downloadsDir, CatalogEntry entry,
                DownloadOptions options = {}, QObject *parent = nullptr);
    ~DownloadJob() override;

    const CatalogEntry &entry() const;
    DownloadState state() const;
    qint64 bytesReceived() const; ///< bytes in the .part file (or the whole file)
    qint64 bytesTotal() const;    ///< the catalog's size
    int etaSeconds() const;       ///< -1 when unknown
    QString filePath() const;     ///< the verified pack, once Finished
    const Error &error() const;
    bool resumable() const; ///< after Failed: the partial file is kept

    void start();  ///< from Queued, Paused, Failed or WaitingForUnmetered
    void pause();  ///< keeps the partial file
    void cancel(); ///< deletes the partial file and its metadata
    /// Puts a paused, failed, cancelled or held job back to Queued (the queue starts it).
    void requeue();
    /// Marks a queued or paused job as held back by a metered connection (the queue decides).
    void holdForUnmetered();
    /// Deletes every file of this job (partial, metadata, finished pack).
    void discardFiles();

    /// The key under which a download's files are stored: the entry's SHA-256.
    static QString fileKey(const CatalogEntry &entry);

signals:
    void stateChanged(oht::catalog::DownloadState state);
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void etaSecondsChanged(int seconds);
    void finished(const QString &filePath);
    void failed(const oht::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
    friend struct Private;
};

} // namespace oht::catalog
