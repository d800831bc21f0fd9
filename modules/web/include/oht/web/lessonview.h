#pragma once

#include "oht/core/result.h"
#include "oht/web/lessontheme.h"

#include <QString>
#include <QUrl>
#include <QWidget>
#include <memory>

class QAction;
class QTimer;
class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineView;

namespace oht::web {

class FindBar;
class LessonPage;
class PackContent;
class SealedProfile;

/// How to open a lesson.
struct LessonOpenOptions
{
    QString fragment;            ///< anchor to scroll to after load (without '#')
    double readingPosition = -1; ///< scroll fraction 0..1 to restore after load; < 0: none
    QString findText;            ///< text to find (and scroll to) after load, e.g. a search hit
};

/// The lesson reader: a sealed QWebEngineView with a find bar.
///
/// Creating one creates the SealedProfile (and so the first WebEngine page, which
/// starts Chromium: about a second). Create it lazily, when the first lesson opens.
/// The view owns its profile and deletes its page first.
///
/// Keyboard (active while the focus is inside the view; the actions can also be put
/// into menus): Ctrl+F find, F3 / Shift+F3 next / previous match, Esc closes the find
/// bar, Ctrl++ / Ctrl+= zoom in, Ctrl+- zoom out, Ctrl+0 actual size.
class LessonView : public QWidget
{
    Q_OBJECT
public:
    explicit LessonView(const PackContent &content, QWidget *parent = nullptr);
    ~LessonView() override;

    /// Starts loading a lesson; loadFinished(ok) follows once it is shown and the
    /// reading position / fragment / find text of `options` are applied. Returns an
    /// error (and changes nothing) when the item is not a lesson of an installed pack.
    /// The previous lesson's reading position is flushed (readingPositionChanged)
    /// before switching.
    Result<void> openLesson(const QString &packId, const QString &itemId,
                            const LessonOpenOptions &options = {});
    QString packId() const { return m_packId; }
    QString itemId() const { return m_itemId; }
    QString lessonPath() const { return m_lessonPath; }

    /// Page zoom, 0.25–5.0 (1.0 = 100 %); kept across lessons. The UI persists it.
    qreal zoomFactor() const { return m_zoomFactor; }
    void setZoomFactor(qreal factor);

    /// Scroll position of the current lesson as a fraction 0..1 of the scrollable
    /// height (0 at the top); last value reported by the page.
    double readingPosition() const { return m_readingPosition; }
    /// Scrolls the current lesson to a fraction 0..1.
    void setReadingPosition(double fraction);
    /// Emits readingPositionChanged now if the last known position was not reported
    /// yet (reports are debounced while scrolling). Call it before the window closes.
    void flushReadingPosition();

    /// Follows the system palette unless set explicitly.
    LessonTheme theme() const { return m_theme; }
    void setTheme(LessonTheme theme);

    /// Highlights matches of `text` in the lesson (empty clears); findResultChanged
    /// follows.
    void findText(const QString &text, bool backward = false);
    bool isFindBarVisible() const;

    QAction *findAction() const { return m_findAction; }
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *resetZoomAction() const { return m_resetZoomAction; }

    /// For tests and the UI's DOM checks (runJavaScript).
    QWebEnginePage *page() const;
    QWebEngineView *webView() const { return m_view; }
    SealedProfile *profile() const { return m_profile.get(); }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void showFindBar();
    void hideFindBar();
    void findNext();
    void findPrevious();

signals:
    void loadFinished(bool ok);
    /// A link to another file of the current pack was clicked (normally a lesson:
    /// map `path` to an item through the manifest). Nothing was navigated.
    void lessonLinkActivated(const QString &packId, const QString &path, const QString &fragment);
    /// A link outside the packs (http, https, mailto, tel) was clicked. It was NOT opened:
    /// show it as text with a "Copy link" action.
    void externalLinkActivated(const QUrl &url);
    /// The reading position of a lesson changed (debounced while scrolling; also
    /// flushed when another lesson opens, and by flushReadingPosition()). Not emitted
    /// from the destructor: the receivers may be half destroyed by then.
    void readingPositionChanged(const QString &packId, const QString &itemId, double fraction);
    void zoomFactorChanged(qreal factor);
    /// After a find: the active match (1-based, 0 when none) and the number of matches.
    void findResultChanged(int activeMatch, int matchCount);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void applyTheme(LessonTheme theme);
    void pollReadingPosition();
    void showContextMenu(const QPoint &pos);

    const PackContent &m_content;
    std::unique_ptr<SealedProfile> m_profile; // outlives m_page (declared first)
    QWebEngineView *m_view = nullptr;
    LessonPage *m_page = nullptr;
    FindBar *m_findBar = nullptr;
    QTimer *m_positionTimer = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;

    QString m_packId;
    QString m_itemId;
    QString m_lessonPath;
    LessonOpenOptions m_pendingOptions;
    qreal m_zoomFactor = 1.0;
    double m_readingPosition = 0;
    double m_reportedPosition = -1;
    LessonTheme m_theme = LessonTheme::Light;
    bool m_themeExplicit = false;
    QString m_findText;
    int m_loadSerial = 0; // tells a finished load or script result from a stale one
};

} // namespace oht::web
