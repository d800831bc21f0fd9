#include "webtesting.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWidget>

namespace oht::test {

QVariant evalJs(QWebEnginePage *page, const QString &script, quint32 world, int timeoutMs)
{
    QVariant result;
    bool done = false;
    QEventLoop loop;
    page->runJavaScript(script, world, [&](const QVariant &value) {
        result = value;
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done ? result : QVariant();
}

bool loadAndWait(QWebEnginePage *page, const QUrl &url, int timeoutMs)
{
    QSignalSpy spy(page, &QWebEnginePage::loadFinished);
    page->load(url);
    if (!spy.wait(timeoutMs))
        return false;
    return spy.first().first().toBool();
}

bool clickElement(QWebEnginePage *page, QWidget *view, const QString &selector)
{
    const QVariant rect =
        evalJs(page, QStringLiteral("(function(){var e=document.querySelector('%1');"
                                    "if(!e)return null;e.scrollIntoView();"
                                    "var r=e.getBoundingClientRect();"
                                    "return [r.left+r.width/2,r.top+r.height/2];})()")
                         .arg(selector));
    const QVariantList xy = rect.toList();
    if (xy.size() != 2)
        return false;
    // Mouse events go to the widget Chromium renders into (the view's focus proxy).
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    const qreal zoom = page->zoomFactor();
    const QPoint point(int(xy[0].toDouble() * zoom), int(xy[1].toDouble() * zoom));
    QTest::mouseClick(target, Qt::LeftButton, {}, point);
    return true;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace oht::test
