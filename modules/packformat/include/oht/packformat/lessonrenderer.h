#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace oht::packformat {

enum class LessonFormat { Markdown, Html };

/// Lesson format from the file's extension; nullopt-like: returns false when unsupported.
bool lessonFormatForPath(const QString &path, LessonFormat *format);

struct LessonReference
{
    QString target; ///< as written: "../media/a.svg", "b.md#x", "https://..."
    int line = 0;   ///< 1-based position in the source file
    int column = 0;
    bool isImage = false;
    /// Images only: whether the source gives alternative text (Markdown: non-empty
    /// brackets in ![...](src); HTML: an alt attribute, even alt="" for a decorative image).
    bool hasAlt = false;
    QString alt; ///< images only: the alternative text, entities decoded
};

struct RenderedLesson
{
    QString html;      ///< body HTML (Markdown rendered by md4c; HTML lessons: their <body>)
    QString plainText; ///< text for the full-text index: no tags, scripts or styles
    QList<LessonReference> references; ///< every link and image, with positions
};

/// What renderLesson computes. Each part costs a pass over the lesson (for Markdown, the
/// content and the references each take one md4c parse), and an import renders every
/// lesson of a pack: the validator needs only the references, the importer the content.
enum class RenderParts { All, ContentOnly, ReferencesOnly };

/// Renders a lesson source (UTF-8). Pure function, used at validation and import.
/// Markdown: md4c with GitHub tables, strikethrough, task lists and autolinks; raw HTML
/// is kept. HTML: the content of <body> when given a whole document. References come in
/// source order; for HTML they are the href, src and poster attributes of any element.
/// Parts not asked for stay empty.
RenderedLesson renderLesson(const QByteArray &source, LessonFormat format,
                            RenderParts parts = RenderParts::All);

/// The shared HTML-to-text routine behind RenderedLesson::plainText: no tags, no script
/// or style content, entities decoded, white space collapsed.
QString htmlToPlainText(const QByteArray &html);

/// True for references that leave the pack: "scheme:..." (http, https, mailto, data, ...)
/// and network paths ("//host/..."). Those are never checked against the pack's files.
bool isExternalReference(const QString &target);

/// Resolves a relative reference against the lesson's pack path:
/// ("lessons/a.md", "../media/x.png#frag") -> "media/x.png". The query is dropped and
/// percent-escapes are decoded. A reference to the lesson itself ("", "#part") returns
/// `lessonPath`. Returns an empty string for external references (isExternalReference),
/// absolute paths ("/x") and references escaping the pack's root ("../../x");
/// `fragment` receives the "#..." part, or an empty string.
QString resolveReference(const QString &lessonPath, const QString &target,
                         QString *fragment = nullptr);

} // namespace oht::packformat
