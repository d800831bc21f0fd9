#include "oht/web/lessonhtml.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace oht::web {

namespace {

QByteArray cspMetaTag()
{
    return QByteArrayLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"") +
           lessonContentSecurityPolicy().toUtf8() + QByteArrayLiteral("\">");
}

/// `lang` goes into an attribute: keep only what a BCP 47 tag may contain.
QString safeLanguageTag(const QString &language)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"));
    return tag.match(language).hasMatch() ? language : QString();
}

} // namespace

QString lessonContentSecurityPolicy()
{
    // 'self' is the pack's own origin (oht-pack://<pack-id>). Inline styles are allowed
    // (Markdown authors use style attributes; CSS cannot reach the network past the
    // rest of this policy and the interceptor); inline scripts and eval are not.
    return QStringLiteral("default-src 'self'; script-src 'self'; "
                          "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                          "media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
                          "object-src 'none'; base-uri 'none'; form-action 'none'; "
                          "frame-src 'self'; worker-src 'self'; manifest-src 'none'");
}

QByteArray lessonPageHtml(const LessonDocument &lesson, LessonTheme theme)
{
    const QString lang = safeLanguageTag(lesson.language);
    const bool rtl = !lang.isEmpty() && QLocale(lang).textDirection() == Qt::RightToLeft;

    QByteArray html;
    html.reserve(lesson.bodyHtml.size() * 3 / 2 + 1024);
    html += "<!DOCTYPE html>\n<html";
    if (!lang.isEmpty())
        html += " lang=\"" + lang.toUtf8() + '"';
    html += rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
    html += theme == LessonTheme::Dark ? " data-oht-theme=\"dark\"" : " data-oht-theme=\"light\"";
    // The CSP comes first so that it covers everything after it.
    html += ">\n<head>\n<meta charset=\"utf-8\">\n" + cspMetaTag() + '\n';
    html += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    html += "<meta name=\"color-scheme\" content=\"light dark\">\n";
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + lesson.title.toHtmlEscaped().toUtf8() + "</title>\n";
    html += "<link rel=\"stylesheet\" href=\"/" + QByteArray(kLessonStylesheetPath) + "\">\n";
    // The pack's own, after ours, so that they win.
    for (const QString &href : lesson.stylesheets)
        html += "<link rel=\"stylesheet\" href=\"" + href.toHtmlEscaped().toUtf8() + "\">\n";
    for (const QString &src : lesson.scripts)
        html += "<script src=\"" + src.toHtmlEscaped().toUtf8() + "\"></script>\n";
    html += "</head>\n<body>\n<main id=\"oht-lesson\" class=\"oht-lesson\">\n";
    html += lesson.bodyHtml.toUtf8();
    html += "\n</main>\n</body>\n</html>\n";
    return html;
}

QByteArray sealRawHtml(const QByteArray &html)
{
    // Insert after a leading doctype (keeps standards mode); the parser then puts the
    // meta into the implied <head>, before anything the file itself declares.
    static const QRegularExpression doctype(QStringLiteral("^(\\x{FEFF})?\\s*<!doctype[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html.left(1024));
    const QRegularExpressionMatch m = doctype.match(text);
    if (m.hasMatch()) {
        const qsizetype cut = text.left(m.capturedEnd()).toUtf8().size();
        return html.left(cut) + cspMetaTag() + html.mid(cut);
    }
    return "<!DOCTYPE html>" + cspMetaTag() + html;
}

HeadResources headResources(const QByteArray &htmlSource)
{
    static const QRegularExpression headEnd(QStringLiteral("<\\s*(/\\s*head|body)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<(link|script)\\b([^>]*)>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(QStringLiteral(
        "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))"));

    QString head = QString::fromUtf8(htmlSource);
    const QRegularExpressionMatch end = headEnd.match(head);
    if (end.hasMatch())
        head.truncate(end.capturedStart());
    else
        return {}; // a fragment: everything is body, nothing to carry over

    HeadResources resources;
    for (const QRegularExpressionMatch &t : tag.globalMatch(head)) {
        QHash<QString, QString> attributes;
        for (const QRegularExpressionMatch &a : attribute.globalMatch(t.captured(2))) {
            QString value = a.captured(2) + a.captured(3) + a.captured(4);
            value.replace(QLatin1String("&amp;"), QLatin1String("&"));
            attributes.insert(a.captured(1).toLower(), value.trimmed());
        }
        if (t.captured(1).compare(QLatin1String("link"), Qt::CaseInsensitive) == 0) {
            const QStringList rel =
                attributes.value(QStringLiteral("rel")).toLower().split(QLatin1Char(' '));
            const QString href = attributes.value(QStringLiteral("href"));
            if (rel.contains(QLatin1String("stylesheet")) && !href.isEmpty())
                resources.stylesheets.append(href);
        } else if (const QString src = attributes.value(QStringLiteral("src")); !src.isEmpty()) {
            resources.scripts.append(src);
        }
    }
    return resources;
}

QByteArray mimeTypeForPackPath(const QString &path)
{
    // A fixed table: the type never depends on the bytes, so a pack cannot smuggle
    // HTML in as an image. Markup that could run script without our CSP (XHTML, XML
    // with XSLT) is served as plain text.
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("htm"), "text/html; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("md"), "text/plain; charset=utf-8"},
        {QStringLiteral("markdown"), "text/plain; charset=utf-8"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("csv"), "text/csv; charset=utf-8"},
        {QStringLiteral("xml"), "text/plain; charset=utf-8"},
        {QStringLiteral("xhtml"), "text/plain; charset=utf-8"},
        {QStringLiteral("vtt"), "text/vtt; charset=utf-8"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("avif"), "image/avif"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("bmp"), "image/bmp"},
        {QStringLiteral("mp3"), "audio/mpeg"},
        {QStringLiteral("m4a"), "audio/mp4"},
        {QStringLiteral("ogg"), "audio/ogg"},
        {QStringLiteral("oga"), "audio/ogg"},
        {QStringLiteral("opus"), "audio/ogg"},
        {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("flac"), "audio/flac"},
        {QStringLiteral("mp4"), "video/mp4"},
        {QStringLiteral("m4v"), "video/mp4"},
        {QStringLiteral("webm"), "video/webm"},
        {QStringLiteral("ogv"), "video/ogg"},
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("ttf"), "font/ttf"},
        {QStringLiteral("otf"), "font/otf"},
        {QStringLiteral("pdf"), "application/pdf"},
    };
    return types.value(QFileInfo(path).suffix().toLower(), "application/octet-stream");
}

} // namespace oht::web
