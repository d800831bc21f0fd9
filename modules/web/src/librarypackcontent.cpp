#include "oht/web/librarypackcontent.h"

#include "oht/library/library.h"
#include "oht/web/lessonhtml.h"

#include <QCoreApplication>
#include <QFile>

namespace oht::web {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::web::LibraryPackContent", text);
}
bool isHtmlLesson(const QString &path)
{
    return path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}
} // namespace

LibraryPackContent::LibraryPackContent(const library::Library &library) : m_library(library) {}

Result<QString> LibraryPackContent::lessonPath(const QString &packId, const QString &itemId) const
{
    auto manifest = m_library.manifest(packId);
    if (!manifest)
        return manifest.error();
    const packformat::OutlineItem *item = manifest->findItem(itemId);
    if (!item || item->kind != packformat::ItemKind::Lesson)
        return Error::invalid(QStringLiteral("web.not-a-lesson"),
                              tr("The course %1 has no lesson %2.").arg(packId, itemId));
    return item->file;
}

Result<std::optional<LessonDocument>> LibraryPackContent::lessonAt(const QString &packId,
                                                                   const QString &path) const
{
    auto manifest = m_library.manifest(packId);
    if (!manifest)
        return manifest.error();
    for (const packformat::Module &module : manifest->modules) {
        for (const packformat::OutlineItem &item : module.items) {
            if (item.kind != packformat::ItemKind::Lesson || item.file != path)
                continue;
            auto html = m_library.lessonHtml(packId, item.id);
            if (!html)
                return html.error();
            LessonDocument lesson{packId,           item.id, path, item.title, manifest->language,
                                  std::move(*html), {},      {}};
            if (isHtmlLesson(path)) {
                // Only the body was rendered; the head's own CSS and JS come back here.
                auto source = m_library.readFile(packId, path);
                if (!source)
                    return source.error();
                const HeadResources head = headResources(*source);
                lesson.stylesheets = head.stylesheets;
                lesson.scripts = head.scripts;
            }
            return std::optional<LessonDocument>(std::move(lesson));
        }
    }
    return std::optional<LessonDocument>();
}

Result<std::unique_ptr<QIODevice>> LibraryPackContent::openFile(const QString &packId,
                                                                const QString &path) const
{
    // A large file is streamed from the library's store: a video is never read into memory.
    return m_library.openFile(packId, path);
}

} // namespace oht::web
