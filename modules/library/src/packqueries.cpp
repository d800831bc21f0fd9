#include "packqueries.h"

#include "blobstore.h"
#include "database.h"
#include "oht/packformat/lessonrenderer.h"
#include "oht/packformat/manifestparser.h"
#include "packedblobs.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace oht::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::Library", text);
}

const QString kSummaryColumns = QStringLiteral(
    "p.id, p.version, p.title, p.description, p.language, p.license, p.authors, p.tags, "
    "p.created, p.review_by, p.size, p.installed_at, p.updated_at, "
    "(SELECT count(*) FROM items i WHERE i.pack_id = p.id AND i.kind = 'lesson'), "
    "(SELECT count(*) FROM items i WHERE i.pack_id = p.id AND i.kind = 'quiz')");

QStringList stringList(const QVariant &json)
{
    QStringList list;
    for (const auto &value : QJsonDocument::fromJson(json.toString().toUtf8()).array())
        list << value.toString();
    return list;
}

PackSummary summaryFrom(const QSqlQuery &q)
{
    PackSummary s;
    s.id = q.value(0).toString();
    s.version = q.value(1).toString();
    s.title = q.value(2).toString();
    s.description = q.value(3).toString();
    s.language = q.value(4).toString();
    s.license = q.value(5).toString();
    s.authors = stringList(q.value(6));
    s.tags = stringList(q.value(7));
    s.created = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    s.reviewBy = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    s.sizeBytes = q.value(10).toLongLong();
    s.installedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    s.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    s.lessonCount = q.value(13).toInt();
    s.quizCount = q.value(14).toInt();
    return s;
}

} // namespace

Error PackQueries::unknownPack(const QString &packId)
{
    return Error::invalid(QStringLiteral("library.unknown-pack"),
                          tr("No pack with the id %1 is installed.").arg(packId));
}

Result<std::optional<QString>> PackQueries::installedVersion(const QString &packId)
{
    auto version = m_db.scalar(QStringLiteral("SELECT version FROM packs WHERE id = ?"), {packId});
    if (!version)
        return version.error();
    if (!version->isValid())
        return std::optional<QString>();
    return std::optional<QString>(version->toString());
}

Result<QList<PackSummary>> PackQueries::packs()
{
    auto query = m_db.prepare(QStringLiteral("SELECT %1 FROM packs p ORDER BY p.title COLLATE "
                                             "NOCASE, p.id")
                                  .arg(kSummaryColumns));
    if (!query)
        return query.error();
    if (auto r = Database::run(*query); !r)
        return r.error();
    QList<PackSummary> list;
    while (query->next())
        list.append(summaryFrom(*query));
    return list;
}

Result<PackSummary> PackQueries::pack(const QString &packId)
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM packs p WHERE p.id = ?").arg(kSummaryColumns));
    if (!query)
        return query.error();
    if (auto r = Database::run(*query, {packId}); !r)
        return r.error();
    if (!query->next())
        return unknownPack(packId);
    return summaryFrom(*query);
}

Result<QByteArray> PackQueries::manifestJson(const QString &packId)
{
    auto json = m_db.scalar(QStringLiteral("SELECT manifest FROM packs WHERE id = ?"), {packId});
    if (!json)
        return json.error();
    if (!json->isValid())
        return unknownPack(packId);
    return json->toByteArray();
}

Result<packformat::Manifest> PackQueries::manifest(const QString &packId)
{
    auto json = manifestJson(packId);
    if (!json)
        return json.error();
    packformat::Findings findings;
    auto manifest = packformat::parseManifest(*json, QStringLiteral("pack.json"), findings);
    if (!manifest)
        return Error::internal(QStringLiteral("library.bad-manifest"),
                               tr("The stored manifest of %1 cannot be read.").arg(packId));
    return *manifest;
}

namespace {

packformat::OutlineItem outlineItemFrom(const QSqlQuery &q, int first)
{
    packformat::OutlineItem item;
    item.id = q.value(first).toString();
    item.kind = q.value(first + 1).toString() == QLatin1String("quiz")
                    ? packformat::ItemKind::Quiz
                    : packformat::ItemKind::Lesson;
    item.title = q.value(first + 2).toString();
    item.file = q.value(first + 3).toString();
    return item;
}

} // namespace

Result<QList<packformat::Module>> PackQueries::outline(const QString &packId)
{
    // Two plain queries and a sort here: one query joining modules and items and ordering
    // by both positions took 12 ms for a 2,000-item course, these take under 2 ms.
    auto modules = m_db.query(QStringLiteral("SELECT module_id, title FROM modules WHERE pack_id "
                                             "= ? ORDER BY position"),
                              {packId});
    if (!modules)
        return modules.error();
    QList<packformat::Module> outline;
    QHash<QString, qsizetype> index;
    while (modules->next()) {
        index.insert(modules->value(0).toString(), outline.size());
        outline.append(
            packformat::Module{modules->value(0).toString(), modules->value(1).toString(), {}});
    }
    if (outline.isEmpty())
        return unknownPack(packId);
    auto items = m_db.query(QStringLiteral("SELECT item_id, kind, title, file, module_id, position "
                                           "FROM items WHERE pack_id = ?"),
                            {packId});
    if (!items)
        return items.error();
    QList<QList<std::pair<int, packformat::OutlineItem>>> byModule(outline.size());
    while (items->next()) {
        const auto it = index.constFind(items->value(4).toString());
        if (it != index.constEnd())
            byModule[*it].append({items->value(5).toInt(), outlineItemFrom(*items, 0)});
    }
    for (qsizetype m = 0; m < outline.size(); ++m) {
        auto &list = byModule[m];
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto &entry : list)
            outline[m].items.append(std::move(entry.second));
    }
    return outline;
}

Result<packformat::OutlineItem> PackQueries::item(const QString &packId, const QString &itemId)
{
    auto query = m_db.query(QStringLiteral("SELECT item_id, kind, title, file FROM items WHERE "
                                           "pack_id = ? AND item_id = ?"),
                            {packId, itemId});
    if (!query)
        return query.error();
    if (query->next())
        return outlineItemFrom(*query, 0);
    auto version = installedVersion(packId);
    if (!version)
        return version.error();
    if (!*version)
        return unknownPack(packId);
    return Error::invalid(QStringLiteral("library.unknown-item"),
                          tr("The pack %1 has no item %2.").arg(packId, itemId));
}

Result<std::pair<QString, QVariant>>
PackQueries::itemContent(const QString &packId, const QString &itemId, const QString &contentSql)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT i.kind, (%1) FROM items i WHERE i.pack_id = ? AND i.item_id = ?")
            .arg(contentSql));
    if (!query)
        return query.error();
    if (auto r = Database::run(*query, {packId, itemId}); !r)
        return r.error();
    if (query->next())
        return std::pair(query->value(0).toString(), query->value(1));
    auto version = installedVersion(packId);
    if (!version)
        return version.error();
    if (!*version)
        return unknownPack(packId);
    return Error::invalid(QStringLiteral("library.unknown-item"),
                          tr("The pack %1 has no item %2.").arg(packId, itemId));
}

Result<QString> PackQueries::lessonHtml(const QString &packId, const QString &itemId)
{
    // Rendered when shown, not stored: md4c takes well under a millisecond per lesson, and
    // keeping a second copy of every lesson in the database made imports write twice as
    // much (schema version 2).
    auto lesson = item(packId, itemId);
    if (!lesson)
        return lesson.error();
    packformat::LessonFormat format = packformat::LessonFormat::Markdown;
    if (lesson->kind != packformat::ItemKind::Lesson ||
        !packformat::lessonFormatForPath(lesson->file, &format))
        return Error::invalid(QStringLiteral("library.not-a-lesson"),
                              tr("The item %1 of %2 is not a lesson.").arg(itemId, packId));
    auto source = readFile(packId, lesson->file);
    if (!source)
        return source.error();
    return packformat::renderLesson(*source, format, packformat::RenderParts::ContentOnly).html;
}

Result<QByteArray> PackQueries::quizJson(const QString &packId, const QString &itemId)
{
    auto item = itemContent(packId, itemId,
                            QStringLiteral("SELECT json FROM quizzes q WHERE q.pack_id = i.pack_id "
                                           "AND q.item_id = i.item_id"));
    if (!item)
        return item.error();
    if (item->first != QLatin1String("quiz"))
        return Error::invalid(QStringLiteral("library.not-a-quiz"),
                              tr("The item %1 of %2 is not a quiz.").arg(itemId, packId));
    return item->second.toByteArray();
}

Result<QByteArray> PackQueries::fileSha256(const QString &packId, const QString &path)
{
    auto sha = m_db.scalar(
        QStringLiteral("SELECT sha256 FROM files WHERE pack_id = ? AND path = ?"), {packId, path});
    if (!sha)
        return sha.error();
    if (sha->isValid())
        return sha->toString().toLatin1();
    auto version = installedVersion(packId);
    if (!version)
        return version.error();
    if (!*version)
        return unknownPack(packId);
    return Error::invalid(QStringLiteral("library.unknown-file"),
                          tr("The pack %1 has no file %2.").arg(packId, path));
}

Result<StoredFile> PackQueries::storedFile(const QString &packId, const QString &path)
{
    auto sha = fileSha256(packId, path);
    if (!sha)
        return sha.error();
    auto packed = m_packed.read(*sha);
    if (!packed)
        return packed.error();
    if (*packed)
        return StoredFile{{}, std::move(**packed)};
    // Libraries from before the packed store, and large files, keep a file per blob.
    const QString disk = m_store.blobPath(*sha);
    if (!QFileInfo::exists(disk))
        return Error::io(
            QStringLiteral("library.blob-missing"),
            tr("The file %1 of %2 is missing from the library's store.").arg(path, packId));
    return StoredFile{disk, {}};
}

Result<std::unique_ptr<QIODevice>> PackQueries::openFile(const QString &packId, const QString &path)
{
    auto stored = storedFile(packId, path);
    if (!stored)
        return stored.error();
    auto device = stored->device();
    if (!device->open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("library.blob-missing"),
                         tr("The file %1 of %2 is missing from the library's store: %3")
                             .arg(path, packId, device->errorString()));
    return device;
}

Result<QByteArray> PackQueries::readFile(const QString &packId, const QString &path)
{
    // pack.json is kept in the database, not in the blob store.
    if (path == QLatin1String("pack.json"))
        return manifestJson(packId);
    auto stored = storedFile(packId, path);
    if (!stored)
        return stored.error();
    if (stored->diskPath.isEmpty())
        return stored->bytes;
    QFile file(stored->diskPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("library.blob-missing"),
                         tr("The file %1 of %2 is missing from the library's store: %3")
                             .arg(path, packId, file.errorString()));
    return file.readAll();
}

std::unique_ptr<QIODevice> StoredFile::device() const
{
    if (!diskPath.isEmpty())
        return std::make_unique<QFile>(diskPath);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return buffer;
}

} // namespace oht::library
