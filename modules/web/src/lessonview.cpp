#include "oht/web/lessonview.h"

#include "findbar.h"
#include "lessonscripts.h"
#include "logging.h"
#include "oht/web/lessonpage.h"
#include "oht/web/packcontent.h"
#include "oht/web/packscheme.h"
#include "oht/web/packschemehandler.h"
#include "oht/web/sealedprofile.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineFindTextResult>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace oht::web {

namespace {
constexpr qreal kMinZoom = 0.25;
constexpr qreal kMaxZoom = 5.0;
// The steps browsers use, so Ctrl++ feels familiar.
constexpr qreal kZoomSteps[] = {0.25, 0.33, 0.5,  0.67, 0.75, 0.8, 0.9, 1.0, 1.1,
                                1.25, 1.5,  1.75, 2.0,  2.5,  3.0, 4.0, 5.0};
constexpr int kPositionDebounceMs = 300;
} // namespace

LessonView::LessonView(const PackContent &content, QWidget *parent)
    : QWidget(parent), m_content(content), m_profile(std::make_unique<SealedProfile>(content))
{
    setAccessibleName(tr("Lesson"));
    m_theme = themeForPalette(palette());
    m_profile->schemeHandler()->setTheme(m_theme);

    m_view = new QWebEngineView(this);
    m_view->setAccessibleName(tr("Lesson text"));
    // Drops go to the window (it imports .ohtpack files); the page never navigates on drop.
    m_view->setAcceptDrops(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_page = new LessonPage(*m_profile); // deleted before the profile, in ~LessonView
    m_view->setPage(m_page);
    m_page->watchUserInput(m_view);
    setFocusProxy(m_view);

    m_findBar = new FindBar(this);
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);

    m_positionTimer = new QTimer(this);
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(kPositionDebounceMs);
    connect(m_positionTimer, &QTimer::timeout, this, &LessonView::pollReadingPosition);

    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) { onLoadingChanged(info); });
    connect(m_page, &QWebEnginePage::scrollPositionChanged, m_positionTimer,
            qOverload<>(&QTimer::start));
    connect(m_page, &QWebEnginePage::findTextFinished, this,
            [this](const QWebEngineFindTextResult &result) {
                m_findBar->setResult(result.activeMatch(), result.numberOfMatches());
                emit findResultChanged(result.activeMatch(), result.numberOfMatches());
            });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                qCWarning(lcWeb) << "lesson renderer ended" << status << code;
                if (status != QWebEnginePage::NormalTerminationStatus)
                    emit loadFinished(false);
            });
    connect(m_page, &LessonPage::lessonLinkActivated, this, &LessonView::lessonLinkActivated);
    connect(m_page, &LessonPage::externalLinkActivated, this, &LessonView::externalLinkActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LessonView::showContextMenu);

    connect(m_findBar, &FindBar::findRequested, this,
            [this](const QString &text, bool backward) { findText(text, backward); });
    connect(m_findBar, &FindBar::closeRequested, this, &LessonView::hideFindBar);

    createActions();
}

LessonView::~LessonView()
{
    // The page must go before its profile (QtWebEngine warns and may leak otherwise).
    delete m_view;
    m_view = nullptr;
    delete m_page;
    m_page = nullptr;
}

void LessonView::createActions()
{
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_findAction = make(tr("&Find in Lesson…"), {QKeySequence::Find}, &LessonView::showFindBar);
    m_zoomInAction = make(tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))},
                          &LessonView::zoomIn);
    m_zoomOutAction = make(tr("Zoom &Out"), {QKeySequence::ZoomOut}, &LessonView::zoomOut);
    m_resetZoomAction =
        make(tr("&Actual Size"), {QKeySequence(tr("Ctrl+0"))}, &LessonView::resetZoom);
    make(tr("Find Next"), {QKeySequence::FindNext}, &LessonView::findNext);
    make(tr("Find Previous"), {QKeySequence::FindPrevious}, &LessonView::findPrevious);
}

Result<void> LessonView::openLesson(const QString &packId, const QString &itemId,
                                    const LessonOpenOptions &options)
{
    auto path = m_content.lessonPath(packId, itemId);
    if (!path)
        return path.error();
    flushReadingPosition();
    m_positionTimer->stop();
    m_packId = packId;
    m_itemId = itemId;
    m_lessonPath = *path;
    m_pendingOptions = options;
    m_readingPosition =
        options.readingPosition >= 0 ? qBound(0.0, options.readingPosition, 1.0) : 0.0;
    m_reportedPosition = m_readingPosition;
    ++m_loadSerial;
    m_page->loadLesson(packUrl(packId, *path));
    return {};
}

void LessonView::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    // Only the lesson asked for last: an earlier load cut short by a newer one is not
    // reported.
    if (info.url().adjusted(QUrl::RemoveFragment) !=
        m_page->lessonUrl().adjusted(QUrl::RemoveFragment))
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        m_view->setZoomFactor(m_zoomFactor);
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
    case QWebEngineLoadingInfo::LoadFailedStatus:
        qCInfo(lcWeb) << "lesson load failed" << info.url().toDisplayString() << info.errorString();
        emit loadFinished(false);
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        break;
    }
    m_view->setZoomFactor(m_zoomFactor);
    // The theme may have changed while loading; then the position or anchor.
    QString script = scripts::setTheme(m_theme) + QLatin1Char(';');
    if (!m_pendingOptions.fragment.isEmpty())
        script += scripts::scrollToAnchor(m_pendingOptions.fragment);
    else if (m_pendingOptions.readingPosition > 0)
        script += scripts::scrollToFraction(m_readingPosition);
    else
        script += QStringLiteral("true");
    const int serial = m_loadSerial;
    const QString find = m_pendingOptions.findText;
    m_pendingOptions = {};
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [this, serial, find](const QVariant &) {
                              if (serial != m_loadSerial)
                                  return;
                              if (!find.isEmpty())
                                  findText(find);
                              emit loadFinished(true);
                          });
}

QWebEnginePage *LessonView::page() const
{
    return m_page;
}

void LessonView::setZoomFactor(qreal factor)
{
    factor = qBound(kMinZoom, factor, kMaxZoom);
    if (qFuzzyCompare(factor, m_zoomFactor))
        return;
    m_zoomFactor = factor;
    m_view->setZoomFactor(factor);
    emit zoomFactorChanged(factor);
}

void LessonView::zoomIn()
{
    for (qreal step : kZoomSteps) {
        if (step > m_zoomFactor + 0.001)
            return setZoomFactor(step);
    }
}

void LessonView::zoomOut()
{
    for (auto it = std::rbegin(kZoomSteps); it != std::rend(kZoomSteps); ++it) {
        if (*it < m_zoomFactor - 0.001)
            return setZoomFactor(*it);
    }
}

void LessonView::resetZoom()
{
    setZoomFactor(1.0);
}

void LessonView::setReadingPosition(double fraction)
{
    m_readingPosition = qBound(0.0, fraction, 1.0);
    m_page->runJavaScript(scripts::scrollToFraction(m_readingPosition),
                          QWebEngineScript::ApplicationWorld);
}

void LessonView::pollReadingPosition()
{
    const QString packId = m_packId;
    const QString itemId = m_itemId;
    const int serial = m_loadSerial;
    m_page->runJavaScript(scripts::readingPosition(), QWebEngineScript::ApplicationWorld,
                          [this, packId, itemId, serial](const QVariant &value) {
                              if (serial != m_loadSerial || !value.isValid())
                                  return;
                              m_readingPosition = qBound(0.0, value.toDouble(), 1.0);
                              flushReadingPosition();
                          });
}

void LessonView::flushReadingPosition()
{
    if (m_positionTimer->isActive()) {
        // A scroll not yet read back from the page: estimate it from what Chromium
        // last reported (both in widget pixels, i.e. CSS pixels times the zoom).
        const qreal viewport = m_view->height();
        const qreal scrollable = m_page->contentsSize().height() - viewport;
        if (scrollable > 0)
            m_readingPosition = qBound(0.0, m_page->scrollPosition().y() / scrollable, 1.0);
    }
    if (m_packId.isEmpty() || qAbs(m_readingPosition - m_reportedPosition) < 0.0005)
        return;
    m_reportedPosition = m_readingPosition;
    emit readingPositionChanged(m_packId, m_itemId, m_readingPosition);
}

void LessonView::setTheme(LessonTheme theme)
{
    m_themeExplicit = true;
    applyTheme(theme);
}

void LessonView::applyTheme(LessonTheme theme)
{
    m_theme = theme;
    m_profile->schemeHandler()->setTheme(theme);
    if (!m_packId.isEmpty())
        m_page->runJavaScript(scripts::setTheme(theme), QWebEngineScript::ApplicationWorld);
}

void LessonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_themeExplicit) {
        const LessonTheme theme = themeForPalette(palette());
        if (theme != m_theme)
            applyTheme(theme);
    }
    QWidget::changeEvent(event);
}

void LessonView::findText(const QString &text, bool backward)
{
    m_findText = text;
    m_page->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

bool LessonView::isFindBarVisible() const
{
    return m_findBar->isVisible();
}

void LessonView::showFindBar()
{
    m_findBar->activate();
}

void LessonView::hideFindBar()
{
    m_findBar->hide();
    m_page->findText(QString()); // clears the highlights
    m_view->setFocus(Qt::OtherFocusReason);
}

void LessonView::findNext()
{
    if (!m_findText.isEmpty())
        findText(m_findText);
    else
        showFindBar();
}

void LessonView::findPrevious()
{
    if (!m_findText.isEmpty())
        findText(m_findText, true);
    else
        showFindBar();
}

void LessonView::showContextMenu(const QPoint &pos)
{
    // Our own short menu: the default one offers "open in new window", "save page",
    // "view source" and "inspect", none of which a sealed reader should have.
    QMenu menu(this);
    const QWebEngineContextMenuRequest *request = m_view->lastContextMenuRequest();
    if (request && !request->selectedText().isEmpty())
        menu.addAction(tr("&Copy"), this, [this] { m_page->triggerAction(QWebEnginePage::Copy); });
    if (request && request->linkUrl().isValid()) {
        const QUrl link = request->linkUrl();
        if (!packLocation(link).isValid()) {
            menu.addAction(tr("Copy &Link"), this,
                           [link] { QGuiApplication::clipboard()->setText(link.toString()); });
        }
    }
    menu.addAction(tr("Select &All"), this,
                   [this] { m_page->triggerAction(QWebEnginePage::SelectAll); });
    menu.addSeparator();
    menu.addAction(m_findAction);
    menu.addAction(m_zoomInAction);
    menu.addAction(m_zoomOutAction);
    menu.addAction(m_resetZoomAction);
    menu.exec(m_view->mapToGlobal(pos));
}

} // namespace oht::web
