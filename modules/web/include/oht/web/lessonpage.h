#pragma once

#include <QElapsedTimer>
#include <QUrl>
#include <QWebEnginePage>

namespace oht::web {

class SealedProfile;

/// A lesson page in the sealed profile. Navigation is confined: the main frame shows
/// only the lesson the app loaded (loadLesson); a clicked link to another file of the
/// same pack emits lessonLinkActivated, a clicked link to the web (http, https), an
/// e-mail address (mailto:) or a phone number (tel:) emits externalLinkActivated, and
/// none is followed or handed to another program. Navigations a script starts
/// (meta refresh, location=..., form.submit()) are refused silently: Chromium reports
/// `location=` as a link click, so a link counts as clicked only right after a mouse
/// click or key press in the view (watchUserInput), once per input. Other URL schemes
/// are refused (navigationBlocked); the page lets only user-initiated unknown-scheme
/// links through to acceptNavigationRequest, where it refuses them.
/// No new windows, no JavaScript dialogs, no file pickers, every permission denied.
class LessonPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit LessonPage(SealedProfile &profile, QObject *parent = nullptr);

    /// Loads `url` (a pack URL) as the page's lesson; the only main-frame navigation
    /// the page accepts besides reloading it and moving within it.
    void loadLesson(const QUrl &url);
    /// The schemes of links shown (externalLinkActivated): http, https, mailto, tel.
    static bool isShownExternalScheme(const QString &scheme);
    QUrl lessonUrl() const { return m_lessonUrl; }

    /// Watches mouse clicks and key presses on `view` (the widget showing this page) and
    /// its children, to tell a learner's link click from a script's navigation.
    void watchUserInput(QWidget *view);

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

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void routeClickedLink(const QUrl &url);
    bool consumeUserActivation();

    QUrl m_lessonUrl;
    QElapsedTimer m_userInput; // since the last click or key press, invalid when consumed
};

} // namespace oht::web
