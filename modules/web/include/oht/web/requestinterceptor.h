#pragma once

#include <QList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace oht::web {

/// One request the interceptor stopped (kept for tests and diagnostics).
struct BlockedRequest
{
    QUrl url;
    QUrl initiator;
    int resourceType = 0; ///< QWebEngineUrlRequestInfo::ResourceType
};

/// The last line of the seal: lets through only the pack scheme (same-origin or
/// browser-initiated) and `data:`/`blob:` URLs. Everything else (http, https, ws,
/// file, ftp, other packs' origins...) is blocked before any byte leaves the process.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    /// Whether a request for `url` started by `initiator` (empty when the app itself
    /// navigates) may proceed. Pure; the rule interceptRequest applies.
    static bool isAllowed(const QUrl &url, const QUrl &initiator);

    /// The most recent blocked requests, oldest first (at most 200 are kept).
    QList<BlockedRequest> blockedRequests() const { return m_blocked; }
    void clearBlockedRequests() { m_blocked.clear(); }

signals:
    void requestBlocked(const QUrl &url);

private:
    QList<BlockedRequest> m_blocked;
};

} // namespace oht::web
