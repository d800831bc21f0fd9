#include "oht/web/requestinterceptor.h"

#include "logging.h"
#include "oht/web/packscheme.h"

#include <QWebEngineUrlRequestInfo>

namespace oht::web {

namespace {
constexpr qsizetype kMaxRecorded = 200;
}

RequestInterceptor::RequestInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

bool RequestInterceptor::isAllowed(const QUrl &url, const QUrl &initiator)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("data") || scheme == QLatin1String("blob"))
        return true;
    if (scheme != QLatin1String(kPackScheme))
        return false;
    // The app's own navigations have no initiator; a page may only reach its own pack.
    if (initiator.isEmpty())
        return true;
    return initiator.scheme() == QLatin1String(kPackScheme) && initiator.host() == url.host();
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl(), info.initiator()))
        return;
    info.block(true);
    qCInfo(lcWeb) << "blocked request" << info.requestUrl().toDisplayString() << "from"
                  << info.initiator().toDisplayString();
    if (m_blocked.size() >= kMaxRecorded)
        m_blocked.removeFirst();
    m_blocked.append({info.requestUrl(), info.initiator(), int(info.resourceType())});
    emit requestBlocked(info.requestUrl());
}

} // namespace oht::web
