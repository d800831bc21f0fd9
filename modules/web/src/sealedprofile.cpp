#include "oht/web/sealedprofile.h"

#include "oht/web/packscheme.h"
#include "oht/web/packschemehandler.h"
#include "oht/web/requestinterceptor.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace oht::web {

SealedProfile::SealedProfile(const PackContent &content, QObject *parent) : QObject(parent)
{
    // No storage name: off-the-record, nothing of a lesson session reaches the disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);

    m_handler = new PackSchemeHandler(content, this);
    m_profile->installUrlSchemeHandler(kPackScheme, m_handler);
    m_interceptor = new RequestInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);

    applySealedSettings(m_profile->settings());

    // A pack may offer a file to "download" (<a download>, an unknown type): never.
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });
}

SealedProfile::~SealedProfile()
{
    // Detach before the handler and interceptor (children of this) go away.
    m_profile->removeAllUrlSchemeHandlers();
    m_profile->setUrlRequestInterceptor(nullptr);
    delete m_profile;
}

void SealedProfile::applySealedSettings(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    settings->setAttribute(S::JavascriptEnabled, true); // packs' own scripts may run
    const S::WebAttribute off[] = {
        S::JavascriptCanOpenWindows,
        S::JavascriptCanAccessClipboard,
        S::JavascriptCanPaste,
        S::LocalStorageEnabled,
        S::LocalContentCanAccessRemoteUrls,
        S::LocalContentCanAccessFileUrls,
        S::HyperlinkAuditingEnabled,
        S::PluginsEnabled,
        S::FullScreenSupportEnabled,
        S::ScreenCaptureEnabled,
        S::WebGLEnabled,
        S::AutoLoadIconsForPage,
        S::TouchIconsEnabled,
        S::AllowRunningInsecureContent,
        S::AllowGeolocationOnInsecureOrigins,
        S::AllowWindowActivationFromJavaScript,
        S::DnsPrefetchEnabled,
        S::PdfViewerEnabled,
        S::NavigateOnDropEnabled,
        S::ErrorPageEnabled,
    };
    for (S::WebAttribute attribute : off)
        settings->setAttribute(attribute, false);
    settings->setAttribute(S::LinksIncludedInFocusChain, true); // keyboard-only reading
    settings->setAttribute(S::PlaybackRequiresUserGesture, true);
    settings->setAttribute(S::WebRTCPublicInterfacesOnly, true);
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

} // namespace oht::web
