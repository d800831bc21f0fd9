#include "oht/reviewui/folderpackcontent.h"

#include "oht/core/packpath.h"
#include "oht/packformat/lessonrenderer.h"
#include "oht/web/lessonhtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace oht::reviewui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::reviewui::FolderPackContent", text);
}
} // namespace

FolderPackContent::FolderPackContent(const QString &sourceDir)
    : m_dir(QFileInfo(sourceDir).canonicalFilePath())
{
    if (m_dir.isEmpty()) // not there (yet): requests fail in localPath
        m_dir = QDir(sourceDir).absolutePath();
}

void FolderPackContent::setManifest(const std::optional<packformat::Manifest> &manifest)
{
    m_manifest = manifest;
}

QString FolderPackContent::packId() const
{
    return m_manifest ? m_manifest->id : QString();
}

Result<void> FolderPackContent::checkPack(const QString &packId) const
{
    if (!m_manifest)
        return Error::invalid(QStringLiteral("review.no-manifest"),
                              tr("pack.json of %1 cannot be read: see the problems panel.")
                                  .arg(QDir::toNativeSeparators(m_dir)));
    if (packId != m_manifest->id)
        return Error::invalid(
            QStringLiteral("review.unknown-pack"),
            tr("The folder under review is %1, not %2.").arg(m_manifest->id, packId));
    return {};
}

Result<QString> FolderPackContent::localPath(const QString &path) const
{
    QString reason;
    if (!isSafePackPath(path, &reason))
        return Error::invalid(QStringLiteral("review.unsafe-path"),
                              tr("%1 is not a valid pack path: %2").arg(path, reason));
    const QFileInfo info(QDir(m_dir).filePath(path));
    // canonicalFilePath resolves symbolic links: a link out of the folder is refused.
    const QString real = info.canonicalFilePath();
    if (real.isEmpty() || !info.isFile())
        return Error::invalid(QStringLiteral("review.file-missing"),
                              tr("%1 is not in the pack folder.").arg(path));
    if (!real.startsWith(m_dir + QLatin1Char('/')))
        return Error::invalid(QStringLiteral("review.outside-folder"),
                              tr("%1 leads outside the pack folder.").arg(path));
    return real;
}

Result<QString> FolderPackContent::lessonPath(const QString &packId, const QString &itemId) const
{
    if (auto ok = checkPack(packId); !ok)
        return ok.error();
    const packformat::OutlineItem *item = m_manifest->findItem(itemId);
    if (!item || item->kind != packformat::ItemKind::Lesson)
        return Error::invalid(QStringLiteral("review.not-a-lesson"),
                              tr("The pack has no lesson %1.").arg(itemId));
    return item->file;
}

Result<std::optional<web::LessonDocument>> FolderPackContent::lessonAt(const QString &packId,
                                                                       const QString &path) const
{
    if (auto ok = checkPack(packId); !ok)
        return ok.error();
    for (const packformat::Module &module : m_manifest->modules) {
        for (const packformat::OutlineItem &item : module.items) {
            if (item.kind != packformat::ItemKind::Lesson || item.file != path)
                continue;
            packformat::LessonFormat format = packformat::LessonFormat::Markdown;
            if (!packformat::lessonFormatForPath(path, &format))
                return Error::invalid(QStringLiteral("review.not-a-lesson"),
                                      tr("%1 is not a Markdown or HTML lesson.").arg(path));
            auto file = openFile(packId, path);
            if (!file)
                return file.error();
            const QByteArray source = (*file)->readAll();
            // The same call the library makes when a learner opens the lesson.
            web::LessonDocument lesson{
                packId,
                item.id,
                path,
                item.title,
                m_manifest->language,
                packformat::renderLesson(source, format, packformat::RenderParts::ContentOnly).html,
                {},
                {}};
            if (format == packformat::LessonFormat::Html) {
                const web::HeadResources head = web::headResources(source);
                lesson.stylesheets = head.stylesheets;
                lesson.scripts = head.scripts;
            }
            return std::optional<web::LessonDocument>(std::move(lesson));
        }
    }
    return std::optional<web::LessonDocument>();
}

Result<std::unique_ptr<QIODevice>> FolderPackContent::openFile(const QString &packId,
                                                               const QString &path) const
{
    if (auto ok = checkPack(packId); !ok)
        return ok.error();
    auto local = localPath(path);
    if (!local)
        return local.error();
    auto file = std::make_unique<QFile>(*local);
    if (!file->open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("review.file-unreadable"),
                         tr("Cannot read %1: %2").arg(path, file->errorString()));
    return std::unique_ptr<QIODevice>(std::move(file));
}

} // namespace oht::reviewui
