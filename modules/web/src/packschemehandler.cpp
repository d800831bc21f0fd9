#include "oht/web/packschemehandler.h"

#include "logging.h"
#include "oht/web/lessonhtml.h"
#include "oht/web/packcontent.h"
#include "oht/web/packscheme.h"

#include <QBuffer>
#include <QFile>
#include <QWebEngineUrlRequestJob>

namespace oht::web {

namespace {

/// Hands `device` to the job; the job does not own it, so it goes when the job does.
void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &mimeType,
               std::unique_ptr<QIODevice> device)
{
    QIODevice *raw = device.release();
    QObject::connect(job, &QObject::destroyed, raw, &QObject::deleteLater);
    job->reply(mimeType, raw);
}

void replyWithBytes(QWebEngineUrlRequestJob *job, const QByteArray &mimeType,
                    const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    replyWith(job, mimeType, std::move(buffer));
}

constexpr qint64 kMaxRawHtmlBytes = 16 * 1024 * 1024;

bool isHtml(const QByteArray &mimeType)
{
    return mimeType.startsWith("text/html");
}

} // namespace

PackSchemeHandler::PackSchemeHandler(const PackContent &content, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_content(content)
{}

void PackSchemeHandler::refuse(QWebEngineUrlRequestJob *job, int error, const QString &reason)
{
    qCInfo(lcWeb) << "refused" << job->requestUrl().toDisplayString() << "from"
                  << job->initiator().toDisplayString() << reason;
    emit requestRefused(job->requestUrl(), job->initiator(), reason);
    job->fail(QWebEngineUrlRequestJob::Error(error));
}

void PackSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET")
        return refuse(job, QWebEngineUrlRequestJob::RequestDenied, QStringLiteral("method"));

    const PackLocation location = packLocation(url);
    if (!location.isValid() || location.path.isEmpty())
        return refuse(job, QWebEngineUrlRequestJob::UrlInvalid, QStringLiteral("bad path"));

    // One origin per pack, and no CORS on the scheme: a page of pack A may only read
    // pack A. The app's own navigations carry no initiator.
    const QUrl initiator = job->initiator();
    if (!initiator.isEmpty() &&
        (initiator.scheme() != QLatin1String(kPackScheme) || initiator.host() != location.packId))
        return refuse(job, QWebEngineUrlRequestJob::RequestDenied, QStringLiteral("cross-origin"));

    if (location.path == QLatin1String(kLessonStylesheetPath)) {
        auto css = std::make_unique<QFile>(QStringLiteral(":/oht/web/lesson.css"));
        if (!css->open(QIODevice::ReadOnly))
            return refuse(job, QWebEngineUrlRequestJob::RequestFailed,
                          QStringLiteral("stylesheet resource missing"));
        return replyWith(job, "text/css; charset=utf-8", std::move(css));
    }

    auto lesson = m_content.lessonAt(location.packId, location.path);
    if (!lesson)
        return refuse(job, QWebEngineUrlRequestJob::UrlNotFound, lesson.error().message);
    if (lesson->has_value())
        return replyWithBytes(job, "text/html; charset=utf-8", lessonPageHtml(**lesson, m_theme));

    auto device = m_content.openFile(location.packId, location.path);
    if (!device)
        return refuse(job, QWebEngineUrlRequestJob::UrlNotFound, device.error().message);
    const QByteArray mimeType = mimeTypeForPackPath(location.path);
    if (isHtml(mimeType)) {
        // A pack's non-lesson HTML page (e.g. an iframe widget) gets the same CSP. It
        // is read into memory for that, so it gets the importer's lesson-size cap.
        if ((*device)->size() > kMaxRawHtmlBytes)
            return refuse(job, QWebEngineUrlRequestJob::RequestDenied,
                          QStringLiteral("HTML file too large"));
        return replyWithBytes(job, mimeType, sealRawHtml((*device)->readAll()));
    }
    replyWith(job, mimeType, std::move(*device));
}

} // namespace oht::web
