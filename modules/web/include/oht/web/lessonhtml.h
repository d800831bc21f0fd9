#pragma once

#include "oht/web/lessontheme.h"
#include "oht/web/packcontent.h"

#include <QByteArray>
#include <QString>

namespace oht::web {

/// Reserved path, under every pack origin, of the app lesson stylesheet. Pack files
/// under `_oht/` are shadowed by it (no pack path is served there).
inline constexpr char kLessonStylesheetPath[] = "_oht/lesson.css";

/// The Content-Security-Policy put into every served HTML document (a `<meta>` tag:
/// the 6.4 scheme handler cannot set response headers). Scripts only from the pack's
/// own files (no inline script, no eval), everything else from the pack's own origin.
QString lessonContentSecurityPolicy();

/// The whole HTML page for a lesson: charset, CSP, app stylesheet, `lang`/`dir` from
/// the pack language, theme attribute, title, then the rendered body. UTF-8.
QByteArray lessonPageHtml(const LessonDocument &lesson, LessonTheme theme);

/// A pack's own HTML file that is not a lesson (e.g. an iframe widget): served as is,
/// but with the CSP `<meta>` placed before its content so the same policy applies.
QByteArray sealRawHtml(const QByteArray &html);

/// The stylesheets (`<link rel=stylesheet href>`) and scripts (`<script src>`) that the
/// <head> of an HTML lesson source links to, in document order, attribute values
/// decoded. The renderer keeps only the <body>; these go back into the served page.
struct HeadResources
{
    QStringList stylesheets;
    QStringList scripts;
};
HeadResources headResources(const QByteArray &htmlSource);

/// MIME type (with charset for text) by file extension; a fixed table, no sniffing.
/// Unknown extensions are application/octet-stream (never rendered).
QByteArray mimeTypeForPackPath(const QString &path);

} // namespace oht::web
