#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace oht::web {

class SealedProfile;

/// A lesson page in the sealed profile. Navigation is confined: the main frame shows
/// only the lesson the app loaded (loadLesson); a clicked link to another file of the
/// same pack emits lessonLinkActivated, a clicked link elsewhere (http, mailto...)
/// emits externalLinkActivated, and neither is followed. Script-started navigations
/// out of the lesson (meta refresh, location=...) are refused silently. No new
/// windows, no JavaScript dialogs, no file pickers, every permission denied.
class LessonPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit LessonPage(SealedProfile &profile, QObject *parent = nullptr);

    /// Loads `url` (a pack URL) as the page's lesson; the only main-frame navigation
    /// the page accepts besides reloading it and moving within it.
    void loadLesson(const QUrl &url);
    QUrl lessonUrl() const { return m_lessonUrl; }

signals:
    void lessonLinkActivated(const QString &packId, const QString &path, const QString &fragment);
    void externalLinkActivated(const QUrl &url);
    /// A navigation refused without a signal above (diagnostics and tests).
    void navigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg,
                          const QString &defaultValue, QString *result) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    void routeClickedLink(const QUrl &url);

    QUrl m_lessonUrl;
};

} // namespace oht::web
