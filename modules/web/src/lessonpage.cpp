#include "oht/web/lessonpage.h"

#include "logging.h"
#include "oht/web/lessonhtml.h"
#include "oht/web/packscheme.h"
#include "oht/web/sealedprofile.h"

#include <QChildEvent>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineProfile>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>
#include <QWidget>

namespace oht::web {

LessonPage::LessonPage(SealedProfile &profile, QObject *parent)
    : QWebEnginePage(profile.profile(), parent)
{
    // The profile disallows unknown URL schemes (mailto:, tel:, and any program's own
    // scheme): Chromium drops such a link before the page hears of it. For this page only,
    // a link the learner clicks reaches acceptNavigationRequest, which refuses every URL
    // outside the pack (so Qt never hands one to QDesktopServices) and shows mailto: and
    // tel: as text; navigations without a click stay refused by Chromium itself.
    settings()->setUnknownUrlSchemePolicy(
        QWebEngineSettings::AllowUnknownUrlSchemesFromUserInteraction);
    // Deny everything a lesson could ask for: camera, microphone, location,
    // notifications, screen sharing, mouse lock, full screen, file system, protocols.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    // A clicked target=_blank link (or window.open in a click handler) arrives here;
    // route it like a clicked link, never into a window (createWindow returns null).
    connect(this, &QWebEnginePage::newWindowRequested, this,
            [this](QWebEngineNewWindowRequest &request) {
                if (request.isUserInitiated() && consumeUserActivation())
                    routeClickedLink(request.requestedUrl());
                else
                    emit navigationBlocked(request.requestedUrl());
            });
}

void LessonPage::loadLesson(const QUrl &url)
{
    m_lessonUrl = url;
    m_userInput.invalidate();
    load(url);
}

void LessonPage::watchUserInput(QWidget *view)
{
    view->installEventFilter(this);
    // Chromium renders into a child widget, created (and re-created) later.
    for (QWidget *child : view->findChildren<QWidget *>())
        child->installEventFilter(this);
}

bool LessonPage::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ChildAdded:
        if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
            child->installEventFilter(this);
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::KeyPress:
        m_userInput.start();
        break;
    default:
        break;
    }
    return QWebEnginePage::eventFilter(watched, event);
}

bool LessonPage::consumeUserActivation()
{
    // Like a browser's transient user activation: short-lived and used up once.
    constexpr qint64 kActivationMs = 1000;
    const bool active = m_userInput.isValid() && m_userInput.elapsed() <= kActivationMs;
    m_userInput.invalidate();
    return active;
}

bool LessonPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Never true for a URL of another scheme than the pack's (or about:blank/srcdoc in a
    // frame): for an unknown scheme, true would mean "open it with the desktop's program".
    if (isMainFrame) {
        // Only the lesson the app asked for (and jumps within it, and reloading it).
        if (!m_lessonUrl.isEmpty() &&
            url.adjusted(QUrl::RemoveFragment) == m_lessonUrl.adjusted(QUrl::RemoveFragment))
            return true;
        if (type == NavigationTypeLinkClicked && consumeUserActivation())
            routeClickedLink(url);
        else
            emit navigationBlocked(url);
        return false;
    }

    // Frames inside a lesson: the pack's own files only, and not SVG documents (their
    // scripts would run without the lesson CSP).
    if (url == QUrl(QStringLiteral("about:blank")) || url == QUrl(QStringLiteral("about:srcdoc")))
        return true;
    const PackLocation location = packLocation(url);
    if (location.isValid() && location.packId == m_lessonUrl.host() &&
        mimeTypeForPackPath(location.path) != "image/svg+xml")
        return true;
    emit navigationBlocked(url);
    return false;
}

void LessonPage::routeClickedLink(const QUrl &url)
{
    const PackLocation location = packLocation(url);
    if (location.isValid()) {
        if (location.packId == m_lessonUrl.host() && !location.path.isEmpty())
            emit lessonLinkActivated(location.packId, location.path, location.fragment);
        else
            emit navigationBlocked(url); // another pack: not reachable from this one
        return;
    }
    // Only what a learner can use elsewhere: a web address, an e-mail address, a phone
    // number. Any other scheme (a program's own, ms-msdt:, file:...) is refused unseen.
    if (url.isValid() && isShownExternalScheme(url.scheme()))
        emit externalLinkActivated(url);
    else
        emit navigationBlocked(url);
}

bool LessonPage::isShownExternalScheme(const QString &scheme)
{
    for (const char *shown : {"http", "https", "mailto", "tel"})
        if (scheme.compare(QLatin1String(shown), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QWebEnginePage *LessonPage::createWindow(WebWindowType)
{
    return nullptr;
}

void LessonPage::javaScriptAlert(const QUrl &, const QString &) {}

bool LessonPage::javaScriptConfirm(const QUrl &, const QString &)
{
    return false;
}

bool LessonPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    return false;
}

QStringList LessonPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {};
}

void LessonPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                          const QString &message, int lineNumber,
                                          const QString &sourceID)
{
    qCDebug(lcWebConsole).noquote() << int(level) << sourceID << lineNumber << message;
}

} // namespace oht::web
