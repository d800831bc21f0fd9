#pragma once

#include <QString>
#include <QUrl>
#include <QVariant>
#include <QWebEngineScript>

class QWebEnginePage;
class QWidget;

namespace oht::test {

/// Runs `script` in the page and waits for its result (invalid QVariant on timeout).
QVariant evalJs(QWebEnginePage *page, const QString &script,
                quint32 world = QWebEngineScript::MainWorld, int timeoutMs = 15000);

/// Loads `url` and waits for loadFinished; returns its `ok`, false on timeout.
bool loadAndWait(QWebEnginePage *page, const QUrl &url, int timeoutMs = 20000);

/// Clicks (a real mouse click on the render widget) the centre of the first element
/// matching `selector`; false when there is none.
bool clickElement(QWebEnginePage *page, QWidget *view, const QString &selector);

/// Lets the event loop run for `ms` (to give a refused request the chance to show).
void settle(int ms);

} // namespace oht::test
