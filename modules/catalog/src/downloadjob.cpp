#include "oht/catalog/downloadjob.h"

#include "downloadjobprivate.h"

#include <QTimer>

namespace oht::catalog {

DownloadJob::DownloadJob(QNetworkAccessManager *network, QString downloadsDir, CatalogEntry entry,
                         DownloadOptions options, QObject *parent)
    : QObject(parent),
      d(std::make_unique<Private>(this, network, downloadsDir, std::move(entry), options))
{
    d->retryTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->sendRequest(); });
    connect(&d->hasher, &FileHasher::finished, this,
            [this](const QByteArray &sha) { d->verified(sha); });
    connect(&d->hasher, &FileHasher::failed, this, [this](const QString &reason) {
        d->fail(Error::io(QStringLiteral("catalog.download-unreadable"),
                          tr("Cannot read the download of %1: %2").arg(d->entry.title, reason)),
                true);
    });
    if (auto saved = PartFile::loadMetadata(d->part.metadataPath()))
        d->validator = saved->validator;
    if (d->part.isFinished()) {
        d->filePath = d->part.finishedPath();
        d->state = DownloadState::Finished;
    }
}

DownloadJob::~DownloadJob()
{
    d->dropReply();
    d->part.close();
}

QString DownloadJob::fileKey(const CatalogEntry &entry)
{
    return QString::fromLatin1(entry.sha256Hex);
}

const CatalogEntry &DownloadJob::entry() const
{
    return d->entry;
}
DownloadState DownloadJob::state() const
{
    return d->state;
}
qint64 DownloadJob::bytesTotal() const
{
    return d->entry.size;
}
int DownloadJob::etaSeconds() const
{
    return d->eta;
}
QString DownloadJob::filePath() const
{
    return d->filePath;
}
const Error &DownloadJob::error() const
{
    return d->error;
}
bool DownloadJob::resumable() const
{
    return d->resumable;
}

qint64 DownloadJob::bytesReceived() const
{
    if (d->state == DownloadState::Finished)
        return d->entry.size;
    return d->entry.url.isLocalFile() ? 0 : d->part.size();
}

void DownloadJob::start()
{
    switch (d->state) {
    case DownloadState::Downloading:
    case DownloadState::Verifying:
    case DownloadState::Finished:
        return;
    default:
        break;
    }
    d->error = {};
    d->resumable = false;
    d->restarts = 0;
    d->retries = 0;
    if (d->entry.url.isLocalFile()) {
        // A USB catalog: the pack is already here. PackInstaller checks size and hash.
        d->filePath = d->entry.url.toLocalFile();
        d->setState(DownloadState::Finished);
        QTimer::singleShot(0, this, [this] {
            if (d->state == DownloadState::Finished)
                emit finished(d->filePath);
        });
        return;
    }
    if (!d->network) {
        d->fail(
            Error::internal(
                QStringLiteral("catalog.no-network"),
                tr("%1 cannot be downloaded: no network access was given.").arg(d->entry.title)),
            false);
        return;
    }
    d->setState(DownloadState::Downloading);
    d->sendRequest();
}

void DownloadJob::pause()
{
    if (d->state == DownloadState::Finished || d->state == DownloadState::Cancelled ||
        d->state == DownloadState::Verifying)
        return;
    d->dropReply();
    d->retryTimer.stop();
    d->part.close();
    d->saveMetadata();
    d->eta = -1;
    d->setState(DownloadState::Paused);
}

void DownloadJob::cancel()
{
    if (d->state == DownloadState::Cancelled)
        return;
    d->dropReply();
    d->hasher.abort();
    d->retryTimer.stop();
    if (!d->entry.url.isLocalFile())
        d->part.removePartial();
    d->filePath.clear();
    d->setState(DownloadState::Cancelled);
}

void DownloadJob::requeue()
{
    switch (d->state) {
    case DownloadState::Paused:
    case DownloadState::Failed:
    case DownloadState::Cancelled:
    case DownloadState::WaitingForUnmetered:
        d->error = {};
        d->resumable = false;
        d->setState(DownloadState::Queued);
        break;
    default:
        break;
    }
}

void DownloadJob::holdForUnmetered()
{
    if (d->state != DownloadState::Queued && d->state != DownloadState::Paused)
        return;
    d->setState(DownloadState::WaitingForUnmetered);
}

void DownloadJob::discardFiles()
{
    d->dropReply();
    d->hasher.abort();
    d->retryTimer.stop();
    if (!d->entry.url.isLocalFile())
        d->part.removeAll(); // never a file on the user's USB stick
}

} // namespace oht::catalog
