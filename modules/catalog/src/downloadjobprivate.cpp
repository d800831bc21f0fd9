#include "downloadjobprivate.h"

#include "cataloglog.h"
#include "rangeresponse.h"

#include <QNetworkAccessManager>

namespace oht::catalog {

namespace {

constexpr int kMaxRestarts = 3; ///< fresh starts after a bad range, per start()

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

void DownloadJob::Private::sendRequest()
{
    if (state != DownloadState::Downloading)
        return;
    decided = false;
    offset = part.size();
    if (offset > entry.size) {
        part.removePartial();
        offset = 0;
    }
    if (offset == entry.size && offset > 0) {
        verify(); // e.g. the app stopped after the last byte but before the rename
        return;
    }
    if (offset == 0)
        validator.clear();
    QNetworkRequest request(entry.url);
    request.setTransferTimeout(options.transferTimeoutMs);
    // Identity only: Qt would otherwise ask for gzip and inflate it, and byte ranges
    // would then refer to bytes we never see.
    request.setRawHeader("Accept-Encoding", "identity");
    if (offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
        if (!validator.isEmpty())
            request.setRawHeader("If-Range", validator);
    }
    saveMetadata();
    clock.start();
    rate.reset();
    rate.addSample(0, offset);
    reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this] { onFinished(); });
}

bool DownloadJob::Private::decideHead()
{
    decided = true;
    ResponseHead head;
    head.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    head.etag = reply->rawHeader("ETag");
    if (head.etag.isEmpty())
        head.etag = reply->rawHeader("Last-Modified");
    head.contentRange = reply->rawHeader("Content-Range");
    if (reply->hasRawHeader("Content-Length"))
        head.contentLength = reply->rawHeader("Content-Length").toLongLong();
    const RangeDecision decision = RangeResponse::decide(head, offset, entry.size, validator);
    qCDebug(lcCatalog) << entry.id << "status" << head.status << "offset" << offset << "->"
                       << decision.action;

    auto restart = [this](const QString &reason) {
        dropReply();
        part.removePartial();
        validator.clear();
        if (++restarts > kMaxRestarts) {
            fail(Error::invalid(QStringLiteral("catalog.download-unusable"),
                                tr("%1 could not be downloaded: %2.").arg(entry.title, reason)),
                 false);
            return;
        }
        qCInfo(lcCatalog) << "restarting the download of" << entry.id << ":" << reason;
        QTimer::singleShot(0, q, [this] { sendRequest(); });
    };
    switch (decision.action) {
    case RangeDecision::Fail: {
        const bool http = head.status >= 400; // 404, 503…: try again later with the bytes kept
        if (!http)
            part.removePartial();
        fail(
            Error::invalid(QStringLiteral("catalog.download-refused"),
                           tr("%1 could not be downloaded: %2.").arg(entry.title, decision.reason)),
            http);
        return false;
    }
    case RangeDecision::Restart:
        restart(decision.reason);
        return false;
    case RangeDecision::CheckComplete:
        dropReply();
        verify();
        return false;
    case RangeDecision::Truncate:
    case RangeDecision::Append:
        break;
    }
    const bool truncate = decision.action == RangeDecision::Truncate;
    if (truncate)
        offset = 0;
    if (!head.etag.isEmpty() && head.etag != validator) {
        validator = head.etag;
        saveMetadata();
    }
    if (auto r = part.openForAppend(truncate); !r) {
        fail(r.error(), true);
        return false;
    }
    return true;
}

void DownloadJob::Private::onReadyRead()
{
    if (!decided && !decideHead())
        return;
    const QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        return;
    if (part.size() + bytes.size() > entry.size) {
        part.removePartial();
        fail(Error::invalid(QStringLiteral("catalog.download-too-large"),
                            tr("%1 is larger on the server than the %2 bytes the catalog lists; "
                               "the download was stopped.")
                                .arg(entry.title)
                                .arg(entry.size)),
             false);
        return;
    }
    if (auto r = part.append(bytes); !r) {
        fail(r.error(), true);
        return;
    }
    retries = 0; // progress was made: a later cut gets the full number of retries again
    const qint64 received = part.size();
    rate.addSample(clock.elapsed(), received);
    const int newEta = rate.etaSeconds(entry.size - received);
    emit q->progress(received, entry.size);
    if (newEta != eta) {
        eta = newEta;
        emit q->etaSecondsChanged(eta);
    }
}

void DownloadJob::Private::onFinished()
{
    if (!reply)
        return;
    const bool hasStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (!decided && hasStatus && !decideHead())
        return;
    if (decided && reply->bytesAvailable() > 0)
        onReadyRead();
    if (!reply)
        return; // onReadyRead failed the job
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    reply = nullptr;
    part.close();
    if (networkError == QNetworkReply::OperationCanceledError)
        return interrupted(tr("the connection stalled")); // our own aborts are disconnected
    if (networkError != QNetworkReply::NoError)
        return interrupted(errorText);
    if (part.size() < entry.size)
        return interrupted(tr("the connection ended early"));
    verify();
}

void DownloadJob::Private::interrupted(const QString &reason)
{
    saveMetadata();
    if (retries < options.maxRetries) {
        const int delay = options.retryDelayMs << retries;
        ++retries;
        qCInfo(lcCatalog) << "download of" << entry.id << "interrupted (" << reason
                          << "); retrying in" << delay << "ms";
        retryTimer.start(delay);
        return;
    }
    fail(Error{ErrorKind::Io, QStringLiteral("catalog.download-interrupted"),
               tr("The download of %1 stopped at %2 of %3 MB (%4); it can be resumed.")
                   .arg(entry.title, megabytes(part.size()), megabytes(entry.size), reason)},
         true);
}

void DownloadJob::Private::verify()
{
    part.close();
    setState(DownloadState::Verifying);
    if (part.size() != entry.size)
        return verified({});
    hasher.start(part.partPath()); // reports through verified() from the event loop
}

void DownloadJob::Private::verified(const QByteArray &sha256Hex)
{
    if (state != DownloadState::Verifying)
        return;
    if (sha256Hex != entry.sha256Hex) {
        part.removePartial();
        return fail(Error::invalid(QStringLiteral("catalog.hash-mismatch"),
                                   tr("The downloaded %1 is not the file the catalog lists (its "
                                      "size or SHA-256 differs); it was deleted.")
                                       .arg(entry.title)),
                    false);
    }
    if (auto r = part.finish(); !r)
        return fail(r.error(), true);
    filePath = part.finishedPath();
    eta = 0;
    setState(DownloadState::Finished);
    emit q->progress(entry.size, entry.size);
    emit q->finished(filePath);
}

} // namespace oht::catalog
