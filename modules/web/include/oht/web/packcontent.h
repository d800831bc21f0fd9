#pragma once

#include "oht/core/result.h"

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace oht::web {

/// A lesson ready to be wrapped into a page.
struct LessonDocument
{
    QString packId;
    QString itemId;
    QString path;     ///< the lesson file's pack path, e.g. "lessons/intro.md"
    QString title;    ///< the outline title
    QString language; ///< BCP 47 tag of the pack
    QString bodyHtml; ///< rendered body (Library::lessonHtml)
    /// HTML lessons written as whole documents: the pack's own stylesheets and scripts
    /// their <head> links to (as written, relative to the lesson), kept in the page.
    QStringList stylesheets;
    QStringList scripts;
};

/// What the reader needs from the library. Small on purpose: the scheme handler and
/// the view talk only to this, so tests can serve packs without a database, and the
/// web module does not care how packs are stored. All calls come from the GUI thread.
class PackContent
{
public:
    virtual ~PackContent() = default;

    /// Pack path of a lesson item's file; an error when the pack or item is unknown or
    /// the item is not a lesson.
    virtual Result<QString> lessonPath(const QString &packId, const QString &itemId) const = 0;

    /// The lesson whose file is `path`; nullopt when `path` is not a lesson of the pack
    /// (it is then served as a plain file). An error when the pack is unknown.
    virtual Result<std::optional<LessonDocument>> lessonAt(const QString &packId,
                                                           const QString &path) const = 0;

    /// Opens a pack file for reading. Large files must come back as a device that
    /// streams (a QFile on the blob store), not as bytes read into memory.
    virtual Result<std::unique_ptr<QIODevice>> openFile(const QString &packId,
                                                        const QString &path) const = 0;
};

} // namespace oht::web
