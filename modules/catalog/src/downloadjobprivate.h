#pragma once

#include "cataloglog.h"
#include "filehasher.h"
#include "oht/catalog/downloadjob.h"
#include "partfile.h"
#include "transferrate.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace oht::catalog {

/// The transfer machinery behind DownloadJob: one HTTP request at a time, the
/// RangeResponse decision on its head, the partial file, retries and verification.
struct DownloadJob::Private
{
    Private(DownloadJob *job, QNetworkAccessManager *nam, const QString &dir, CatalogEntry e,
            DownloadOptions o)
        : q(job), network(nam), entry(std::move(e)), options(o), part(dir, fileKey(entry))
    {}

    DownloadJob *q;
    QNetworkAccessManager *network;
    CatalogEntry entry;
    DownloadOptions options;
    PartFile part;
    QByteArray validator;
    DownloadState state = DownloadState::Queued;
    Error error;
    bool resumable = false;
    QString filePath;
    QPointer<QNetworkReply> reply;
    bool decided = false;
    qint64 offset = 0;
    int restarts = 0;
    int retries = 0;
    QTimer retryTimer;
    QElapsedTimer clock;
    TransferRate rate;
    int eta = -1;
    FileHasher hasher;

    void setState(DownloadState s)
    {
        if (state == s)
            return;
        state = s;
        emit q->stateChanged(s);
    }
    void saveMetadata()
    {
        if (auto r = part.saveMetadata({entry, validator}); !r)
            qCWarning(lcCatalog) << r.error().message;
    }
    void dropReply()
    {
        if (!reply)
            return;
        // Disconnected first: the reply's finished() must not be taken for a network error.
        QObject::disconnect(reply, nullptr, q, nullptr);
        reply->abort();
        reply->deleteLater();
        reply = nullptr;
    }
    void sendRequest();
    bool decideHead();
    void onReadyRead();
    void onFinished();
    void interrupted(const QString &reason);
    void verify();
    void verified(const QByteArray &sha256Hex);
    void fail(Error e, bool canResume)
    {
        dropReply();
        hasher.abort();
        part.close();
        retryTimer.stop();
        error = std::move(e);
        resumable = canResume;
        if (canResume)
            saveMetadata();
        setState(DownloadState::Failed);
        emit q->failed(error);
    }
};

} // namespace oht::catalog
