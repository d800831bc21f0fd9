#pragma once

#include "oht/web/packcontent.h"

#include <QHash>
#include <QMap>

namespace oht::test {

/// Packs held in memory, for reader tests that need no database.
class FakePackContent final : public web::PackContent
{
public:
    void addPack(const QString &packId, const QString &language = QStringLiteral("en"));
    void addLesson(const QString &packId, const QString &itemId, const QString &path,
                   const QString &title, const QString &bodyHtml);
    void addQuiz(const QString &packId, const QString &itemId, const QString &path);
    void addFile(const QString &packId, const QString &path, const QByteArray &contents);

    Result<QString> lessonPath(const QString &packId, const QString &itemId) const override;
    Result<std::optional<web::LessonDocument>> lessonAt(const QString &packId,
                                                        const QString &path) const override;
    Result<std::unique_ptr<QIODevice>> openFile(const QString &packId,
                                                const QString &path) const override;

private:
    struct Item
    {
        QString path;
        QString title;
        QString bodyHtml;
        bool isLesson = true;
    };
    struct Pack
    {
        QString language;
        QMap<QString, Item> items; // by item id
        QHash<QString, QByteArray> files;
    };
    QHash<QString, Pack> m_packs;
};

} // namespace oht::test
