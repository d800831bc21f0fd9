#include "oht/web/packscheme.h"

#include "oht/core/packpath.h"

#include <QWebEngineUrlScheme>

namespace oht::web {

void registerPackScheme()
{
    if (QWebEngineUrlScheme::schemeByName(kPackScheme).name() == kPackScheme)
        return;
    QWebEngineUrlScheme scheme(kPackScheme);
    // Host syntax gives each pack id its own origin. Only SecureScheme: LocalScheme /
    // LocalAccessAllowed would open file:// to pages, CorsEnabled would let one pack
    // read another (docs: /work/shared/PLATFORM-NOTES.md).
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl packUrl(const QString &packId, const QString &path, const QString &fragment)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(kPackScheme));
    url.setHost(packId);
    url.setPath(QLatin1Char('/') + path);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    return url;
}

PackLocation packLocation(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String(kPackScheme) || url.host().isEmpty() ||
        url.hasQuery() || !url.userInfo().isEmpty() || url.port() != -1)
        return {};
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (!path.isEmpty() && !isSafePackPath(path))
        return {};
    return {url.host(), path, url.fragment(QUrl::FullyDecoded)};
}

} // namespace oht::web
