#pragma once

#include "oht/web/packcontent.h"

namespace oht::library {
class Library;
}

namespace oht::web {

/// PackContent over the learner's Library: lessons from Library::lessonHtml, files
/// straight from the blob store (Library::filePath), never extracted anywhere.
/// The Library must outlive this object and belong to the GUI thread.
class LibraryPackContent final : public PackContent
{
public:
    explicit LibraryPackContent(const library::Library &library);

    Result<QString> lessonPath(const QString &packId, const QString &itemId) const override;
    Result<std::optional<LessonDocument>> lessonAt(const QString &packId,
                                                   const QString &path) const override;
    Result<std::unique_ptr<QIODevice>> openFile(const QString &packId,
                                                const QString &path) const override;

private:
    const library::Library &m_library;
};

} // namespace oht::web
