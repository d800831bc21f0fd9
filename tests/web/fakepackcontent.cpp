#include "fakepackcontent.h"

#include <QBuffer>

namespace oht::test {

namespace {
Error unknownPack(const QString &packId)
{
    return Error::invalid(QStringLiteral("test.unknown-pack"), QStringLiteral("no pack ") + packId);
}
} // namespace

void FakePackContent::addPack(const QString &packId, const QString &language)
{
    m_packs[packId].language = language;
}

void FakePackContent::addLesson(const QString &packId, const QString &itemId, const QString &path,
                                const QString &title, const QString &bodyHtml)
{
    m_packs[packId].items.insert(itemId, {path, title, bodyHtml, true});
    m_packs[packId].files.insert(path, bodyHtml.toUtf8()); // the "source"
}

void FakePackContent::addQuiz(const QString &packId, const QString &itemId, const QString &path)
{
    m_packs[packId].items.insert(itemId, {path, itemId, {}, false});
    m_packs[packId].files.insert(path, "{}");
}

void FakePackContent::addFile(const QString &packId, const QString &path,
                              const QByteArray &contents)
{
    m_packs[packId].files.insert(path, contents);
}

Result<QString> FakePackContent::lessonPath(const QString &packId, const QString &itemId) const
{
    const auto pack = m_packs.constFind(packId);
    if (pack == m_packs.cend())
        return unknownPack(packId);
    const auto item = pack->items.constFind(itemId);
    if (item == pack->items.cend() || !item->isLesson)
        return Error::invalid(QStringLiteral("test.not-a-lesson"), itemId);
    return item->path;
}

Result<std::optional<web::LessonDocument>> FakePackContent::lessonAt(const QString &packId,
                                                                     const QString &path) const
{
    const auto pack = m_packs.constFind(packId);
    if (pack == m_packs.cend())
        return unknownPack(packId);
    for (auto it = pack->items.cbegin(); it != pack->items.cend(); ++it) {
        if (it->isLesson && it->path == path)
            return std::optional<web::LessonDocument>(web::LessonDocument{
                packId, it.key(), path, it->title, pack->language, it->bodyHtml});
    }
    return std::optional<web::LessonDocument>();
}

Result<std::unique_ptr<QIODevice>> FakePackContent::openFile(const QString &packId,
                                                             const QString &path) const
{
    const auto pack = m_packs.constFind(packId);
    if (pack == m_packs.cend())
        return unknownPack(packId);
    const auto file = pack->files.constFind(path);
    if (file == pack->files.cend())
        return Error::invalid(QStringLiteral("test.no-file"), path);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(*file);
    buffer->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(buffer));
}

} // namespace oht::test
