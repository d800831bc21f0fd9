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
};

struct RenderedLesson
{
    QString html;      ///< body HTML (Markdown rendered by md4c; HTML lessons: their <body>)
    QString plainText; ///< text for the full-text index: no tags, scripts or styles
    QList<LessonReference> references; ///< every link and image, with positions
};

/// Renders a lesson source (UTF-8). Pure function, used at validation and import.
RenderedLesson renderLesson(const QByteArray &source, LessonFormat format);

/// Resolves a relative reference against the lesson's pack path:
/// ("lessons/a.md", "../media/x.png#frag") -> "media/x.png". Returns an empty string
/// for external (scheme:) or escaping references; `fragment` receives "#..." stripped.
QString resolveReference(const QString &lessonPath, const QString &target,
                         QString *fragment = nullptr);

} // namespace oht::packformat
