#pragma once

#include "oht/packformat/manifest.h"
#include "oht/web/packcontent.h"

#include <optional>

namespace oht::reviewui {

/// web::PackContent over a pack's SOURCE folder, so reviewer mode shows lessons in the
/// learner's own sealed reader (web::LessonView and the oht-pack:// scheme) without
/// installing anything: lessons rendered by packformat's renderer exactly as the library
/// renders them, other files served by pack path. Nothing outside the folder is served
/// (unsafe paths and symbolic links leading out are refused).
class FolderPackContent final : public web::PackContent
{
public:
    explicit FolderPackContent(const QString &sourceDir);

    /// The outline served; set again after every validation (live reload). nullopt while
    /// pack.json cannot be read: every request then fails with a clear error.
    void setManifest(const std::optional<packformat::Manifest> &manifest);
    /// The pack id the reader uses as the URL host (the manifest's id).
    QString packId() const;

    Result<QString> lessonPath(const QString &packId, const QString &itemId) const override;
    Result<std::optional<web::LessonDocument>> lessonAt(const QString &packId,
                                                        const QString &path) const override;
    Result<std::unique_ptr<QIODevice>> openFile(const QString &packId,
                                                const QString &path) const override;

private:
    Result<void> checkPack(const QString &packId) const;
    /// Absolute path of `path` inside the folder, or an error when it is unsafe, missing
    /// or leads outside the folder.
    Result<QString> localPath(const QString &path) const;

    QString m_dir; ///< canonical
    std::optional<packformat::Manifest> m_manifest;
};

} // namespace oht::reviewui
