#include "oht/catalog/downloadqueue.h"

#include "cataloglog.h"
#include "oht/catalog/meteredcheck.h"
#include "partfile.h"

#include <QDir>

namespace oht::catalog {

DownloadQueue::DownloadQueue(QNetworkAccessManager *network, QString downloadsDir,
                             MeteredCheck *metered, DownloadOptions options, QObject *parent)
    : QObject(parent), m_network(network), m_dir(std::move(downloadsDir)), m_metered(metered),
      m_options(options)
{
    if (m_metered)
        connect(m_metered, &MeteredCheck::meteredChanged, this, [this] { schedule(); });
}

DownloadQueue::~DownloadQueue()
{
    // Jobs are children; pausing them first keeps every partial file resumable.
    for (DownloadJob *job : std::as_const(m_jobs))
        if (job->state() == DownloadState::Downloading)
            job->pause();
}

DownloadJob *DownloadQueue::addJob(const CatalogEntry &entry)
{
    auto *job = new DownloadJob(m_network, m_dir, entry, m_options, this);
    m_jobs.append(job);
    connect(job, &DownloadJob::progress, this, [this] { emitQueueProgress(); });
    connect(job, &DownloadJob::stateChanged, this, [this] { schedule(); });
    connect(job, &DownloadJob::finished, this,
            [this, job](const QString &path) { emit finished(job, path); });
    connect(job, &DownloadJob::failed, this,
            [this, job](const Error &error) { emit failed(job, error); });
    emit jobAdded(job);
    return job;
}

DownloadJob *DownloadQueue::enqueue(const CatalogEntry &entry)
{
    for (DownloadJob *job : std::as_const(m_jobs)) {
        if (job->entry().sha256Hex != entry.sha256Hex)
            continue;
        resume(job);
        return job;
    }
    DownloadJob *job = addJob(entry);
    if (job->state() == DownloadState::Finished) {
        // Verified in an earlier run and not installed yet: no byte to fetch.
        QMetaObject::invokeMethod(
            this, [this, job] { emit finished(job, job->filePath()); }, Qt::QueuedConnection);
        return job;
    }
    schedule();
    return job;
}

int DownloadQueue::restore()
{
    const QDir dir(m_dir);
    int added = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto metadata = PartFile::loadMetadata(dir.filePath(name));
        if (!metadata) {
            qCWarning(lcCatalog) << "ignoring" << name << ":" << metadata.error().message;
            continue;
        }
        const bool known = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](DownloadJob *job) {
            return job->entry().sha256Hex == metadata->entry.sha256Hex;
        });
        if (known)
            continue;
        DownloadJob *job = addJob(metadata->entry);
        if (job->state() != DownloadState::Finished)
            job->pause();
        ++added;
    }
    emitQueueProgress();
    return added;
}

QList<DownloadJob *> DownloadQueue::jobs() const
{
    return m_jobs;
}

DownloadJob *DownloadQueue::find(const QString &packId) const
{
    for (DownloadJob *job : m_jobs)
        if (job->entry().id == packId && job->state() != DownloadState::Cancelled)
            return job;
    return nullptr;
}

void DownloadQueue::pause(DownloadJob *job)
{
    if (job && m_jobs.contains(job))
        job->pause();
}

void DownloadQueue::resume(DownloadJob *job)
{
    if (!job || !m_jobs.contains(job))
        return;
    job->requeue(); // back in line: queued jobs start in order, one at a time
    schedule();
}

void DownloadQueue::cancel(DownloadJob *job)
{
    if (job && m_jobs.contains(job))
        job->cancel();
}

void DownloadQueue::remove(DownloadJob *job)
{
    if (!job || !m_jobs.contains(job))
        return;
    m_jobs.removeAll(job);
    job->disconnect(this);
    job->discardFiles();
    emit jobRemoved(job);
    job->deleteLater();
    schedule();
}

void DownloadQueue::setAvoidMetered(bool avoid)
{
    m_avoidMetered = avoid;
    schedule();
}

bool DownloadQueue::heldByMetered() const
{
    return m_avoidMetered && m_metered && m_metered->isMetered();
}

void DownloadQueue::schedule()
{
    // Starting a job changes its state, which calls schedule() again: run once, repeat.
    if (m_scheduling) {
        m_scheduleAgain = true;
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        scheduleOnce();
    } while (m_scheduleAgain);
    m_scheduling = false;
    emitQueueProgress();
    const bool active = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](DownloadJob *job) {
        const auto s = job->state();
        return s == DownloadState::Downloading || s == DownloadState::Verifying ||
               s == DownloadState::Queued;
    });
    if (!active)
        emit idle();
}

void DownloadQueue::scheduleOnce()
{
    bool busy = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](DownloadJob *job) {
        return job->state() == DownloadState::Downloading ||
               job->state() == DownloadState::Verifying;
    });
    const bool held = heldByMetered();
    for (DownloadJob *job : std::as_const(m_jobs)) {
        if (job->state() != DownloadState::Queued &&
            job->state() != DownloadState::WaitingForUnmetered)
            continue;
        const bool local = job->entry().url.isLocalFile();
        if (held && !local) {
            job->holdForUnmetered();
            continue;
        }
        if (busy && !local) {
            job->requeue(); // from WaitingForUnmetered when the connection changed
            continue;
        }
        job->start();
        busy = busy || (!local && job->state() == DownloadState::Downloading);
    }
}

qint64 DownloadQueue::bytesReceived() const
{
    qint64 sum = 0;
    for (DownloadJob *job : m_jobs)
        if (job->state() != DownloadState::Cancelled)
            sum += job->bytesReceived();
    return sum;
}

qint64 DownloadQueue::bytesTotal() const
{
    qint64 sum = 0;
    for (DownloadJob *job : m_jobs)
        if (job->state() != DownloadState::Cancelled)
            sum += job->bytesTotal();
    return sum;
}

int DownloadQueue::etaSeconds() const
{
    // The queue downloads one job at a time: its rate is the rate of the running job.
    for (DownloadJob *job : m_jobs) {
        if (job->state() != DownloadState::Downloading || job->etaSeconds() < 0)
            continue;
        const qint64 jobRemaining = job->bytesTotal() - job->bytesReceived();
        if (jobRemaining <= 0)
            return job->etaSeconds();
        const double rate = double(jobRemaining) / qMax(1, job->etaSeconds());
        return int(double(bytesTotal() - bytesReceived()) / rate);
    }
    return -1;
}

void DownloadQueue::emitQueueProgress()
{
    emit queueProgress(bytesReceived(), bytesTotal(), etaSeconds());
}

} // namespace oht::catalog
