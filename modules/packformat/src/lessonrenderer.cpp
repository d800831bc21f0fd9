#include "oht/packformat/lessonrenderer.h"

#include "htmltext.h"
#include "lineindex.h"
#include "referencecollector.h"

#include <QUrl>
#include <md4c-html.h>
#include <md4c.h>
#include <string>

namespace oht::packformat {

namespace {

// CommonMark plus what GitHub-flavoured lessons use: tables, strikethrough, task lists,
// bare URL autolinks. Raw HTML stays enabled (the spec keeps it).
constexpr unsigned kMarkdownFlags = MD_DIALECT_GITHUB;

QByteArrayView withoutBom(const QByteArray &source)
{
    QByteArrayView text(source);
    return text.startsWith("\xEF\xBB\xBF") ? text.sliced(3) : text;
}

QList<LessonReference> positioned(const QList<detail::RawReference> &raw, QByteArrayView text)
{
    QList<LessonReference> refs;
    refs.reserve(raw.size());
    detail::LineIndex lines(text);
    for (const detail::RawReference &r : raw) {
        const TextPosition p = lines.at(r.offset);
        refs.append({r.target, p.line, p.column, r.isImage, r.hasAlt, r.alt});
    }
    return refs;
}

bool isSchemeChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') ||
           c == QLatin1Char('-') || c == QLatin1Char('.');
}

} // namespace

bool lessonFormatForPath(const QString &path, LessonFormat *format)
{
    const QString name = path.section(QLatin1Char('/'), -1).toLower();
    LessonFormat f;
    if (name.endsWith(QLatin1String(".md")))
        f = LessonFormat::Markdown;
    else if (name.endsWith(QLatin1String(".html")) || name.endsWith(QLatin1String(".htm")))
        f = LessonFormat::Html;
    else
        return false;
    if (format)
        *format = f;
    return true;
}

RenderedLesson renderLesson(const QByteArray &source, LessonFormat format, RenderParts parts)
{
    RenderedLesson lesson;
    const QByteArrayView text = withoutBom(source);
    const bool content = parts != RenderParts::ReferencesOnly;
    const bool references = parts != RenderParts::ContentOnly;
    if (format == LessonFormat::Markdown) {
        if (content) {
            // md4c hands over the HTML in many small pieces; std::string appends them cheaply.
            std::string out;
            out.reserve(size_t(text.size() + text.size() / 4));
            md_html(
                text.data(), MD_SIZE(text.size()),
                [](const MD_CHAR *piece, MD_SIZE size, void *buffer) {
                    static_cast<std::string *>(buffer)->append(piece, size);
                },
                &out, kMarkdownFlags, 0);
            const QByteArrayView html(out.data(), qsizetype(out.size()));
            lesson.html = QString::fromUtf8(html);
            lesson.plainText = detail::htmlToText(html);
        }
        if (references)
            lesson.references = positioned(detail::markdownReferences(text, kMarkdownFlags), text);
    } else {
        if (content) {
            const detail::BodyRange body = detail::findBody(text);
            const QByteArrayView inner = text.sliced(body.start, body.end - body.start);
            lesson.html = QString::fromUtf8(inner);
            lesson.plainText = detail::htmlToText(inner);
        }
        // The whole file: a stylesheet linked from <head> must be in the pack too.
        if (references)
            lesson.references = positioned(detail::htmlReferences(text), text);
    }
    return lesson;
}

QString htmlToPlainText(const QByteArray &html)
{
    return detail::htmlToText(html);
}

bool isExternalReference(const QString &target)
{
    const QString t = target.trimmed();
    if (t.startsWith(QLatin1String("//")))
        return true;
    // RFC 3986 scheme: a letter, then letters, digits, + - . up to the first ':'.
    if (t.isEmpty() || !t[0].isLetter() || t[0].unicode() > 0x7f)
        return false;
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t[i] == QLatin1Char(':'))
            return true;
        if (!isSchemeChar(t[i]))
            return false;
    }
    return false;
}

QString resolveReference(const QString &lessonPath, const QString &target, QString *fragment)
{
    // Browsers ignore white space around a URL; so do we.
    QString t = target.trimmed();
    QString frag;
    if (const qsizetype hash = t.indexOf(QLatin1Char('#')); hash >= 0) {
        frag = t.mid(hash);
        t.truncate(hash);
    }
    if (fragment)
        *fragment = frag;
    if (const qsizetype query = t.indexOf(QLatin1Char('?')); query >= 0)
        t.truncate(query);
    if (isExternalReference(t) || t.startsWith(QLatin1Char('/')))
        return QString();
    if (t.isEmpty())
        return lessonPath; // "#part" or "": this very lesson

    const QString decoded = QUrl::fromPercentEncoding(t.toUtf8());
    const qsizetype slash = lessonPath.lastIndexOf(QLatin1Char('/'));
    QStringList parts = slash < 0 ? QStringList() : lessonPath.left(slash).split(QLatin1Char('/'));
    for (const QString &segment : decoded.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (parts.isEmpty())
                return QString(); // above the pack's root
            parts.removeLast();
            continue;
        }
        parts.append(segment);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace oht::packformat
