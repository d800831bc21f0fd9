#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/catalog/downloadjob.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace oht::catalog {

class MeteredCheck;

/// The download queue: one transfer at a time (every byte counts on a shared hotspot),
/// the others Queued. Owns its DownloadJob objects; a GUI binds one progress bar per job
/// (jobAdded) and one for the whole queue (queueProgress).
///
/// With avoidMetered set and `metered` reporting a metered connection, jobs wait in
/// WaitingForUnmetered and start by themselves when the connection changes.
class DownloadQueue : public QObject
{
    Q_OBJECT

public:
    /// `downloadsDir` is usually `<dataDir>/downloads`. `metered` may be null (never metered).
    DownloadQueue(QNetworkAccessManager *network, QString downloadsDir,
                  MeteredCheck *metered = nullptr, DownloadOptions options = {},
                  QObject *parent = nullptr);
    ~DownloadQueue() override;

    /// Adds a download (or returns the existing job for the same file) and starts the
    /// queue. An unfinished .part from an earlier run is resumed, not restarted.
    DownloadJob *enqueue(const CatalogEntry &entry);
    /// Adds, paused, every download an earlier run left unfinished (from the metadata in
    /// downloadsDir). Returns how many were added.
    int restore();

    QList<DownloadJob *> jobs() const;
    DownloadJob *find(const QString &packId) const;

    void pause(DownloadJob *job);
    void resume(DownloadJob *job);
    void cancel(DownloadJob *job);
    /// Cancels if needed, deletes the job's files and the job (e.g. after installing).
    void remove(DownloadJob *job);

    void setAvoidMetered(bool avoid);
    bool avoidMetered() const { return m_avoidMetered; }

    qint64 bytesReceived() const; ///< over jobs not cancelled
    qint64 bytesTotal() const;
    int etaSeconds() const; ///< for the whole queue; -1 when unknown

    QString downloadsDir() const { return m_dir; }

signals:
    void jobAdded(oht::catalog::DownloadJob *job);
    void jobRemoved(oht::catalog::DownloadJob *job);
    void queueProgress(qint64 bytesReceived, qint64 bytesTotal, int etaSeconds);
    /// Relayed from the jobs, for callers that watch the whole queue.
    void finished(oht::catalog::DownloadJob *job, const QString &filePath);
    void failed(oht::catalog::DownloadJob *job, const oht::Error &error);
    void idle(); ///< nothing is downloading or queued any more

private:
    DownloadJob *addJob(const CatalogEntry &entry);
    void schedule();
    void scheduleOnce();
    bool heldByMetered() const;
    void emitQueueProgress();

    QNetworkAccessManager *m_network;
    QString m_dir;
    QPointer<MeteredCheck> m_metered;
    DownloadOptions m_options;
    QList<DownloadJob *> m_jobs;
    bool m_avoidMetered = false;
    bool m_scheduling = false;
    bool m_scheduleAgain = false;
};

} // namespace oht::catalog
