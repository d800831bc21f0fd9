#pragma once

#include "oht/web/lessontheme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

/// Scripts the view runs in the page's ApplicationWorld (isolated from the pack's own
/// scripts: they share the DOM, not the JavaScript globals).
namespace oht::web::scripts {

/// A JSON string literal for `text` (safe to splice into a script).
inline QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

/// Current scroll fraction 0..1 of the lesson.
inline QString readingPosition()
{
    return QStringLiteral("(function(){var e=document.scrollingElement||document.documentElement;"
                          "var h=e.scrollHeight-window.innerHeight;"
                          "return h>0?Math.min(1,Math.max(0,window.scrollY/h)):0;})()");
}

/// Scrolls to a fraction 0..1 of the scrollable height.
inline QString scrollToFraction(double fraction)
{
    return QStringLiteral("(function(f){var e=document.scrollingElement||document.documentElement;"
                          "var h=e.scrollHeight-window.innerHeight;"
                          "window.scrollTo(0,h>0?Math.round(f*h):0);return true;})(%1)")
        .arg(fraction, 0, 'f', 6);
}

/// Scrolls to the element with this id (or name); false when there is none.
inline QString scrollToAnchor(const QString &anchor)
{
    return QStringLiteral("(function(id){var el=document.getElementById(id)||"
                          "document.getElementsByName(id)[0];if(el){el.scrollIntoView();}"
                          "return !!el;})(%1)")
        .arg(jsString(anchor));
}

inline QString setTheme(LessonTheme theme)
{
    return QStringLiteral("document.documentElement.setAttribute('data-oht-theme','%1');true")
        .arg(theme == LessonTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

} // namespace oht::web::scripts
