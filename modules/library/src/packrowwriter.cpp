#include "packrowwriter.h"

#include "database.h"
#include "preparedpack.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace oht::library {

namespace {

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString kindName(packformat::ItemKind kind)
{
    return kind == packformat::ItemKind::Quiz ? QStringLiteral("quiz") : QStringLiteral("lesson");
}

/// The ids in the first column of `sql`, bound with the pack id.
Result<QSet<QString>> idSet(Database &db, const QString &sql, const QString &packId)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    if (auto r = Database::run(*query, {packId}); !r)
        return r.error();
    QSet<QString> ids;
    while (query->next())
        ids.insert(query->value(0).toString());
    return ids;
}

/// Deletes the rows of `table` whose `column` (for this pack) is in `ids`.
Result<void> deleteIds(Database &db, const QString &table, const QString &column,
                       const QString &packId, const QSet<QString> &ids)
{
    if (ids.isEmpty())
        return {};
    auto query = db.prepare(
        QStringLiteral("DELETE FROM %1 WHERE pack_id = ? AND %2 = ?").arg(table, column));
    if (!query)
        return query.error();
    for (const QString &id : ids) {
        if (auto r = Database::run(*query, {packId, id}); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> PackRowWriter::write(const PreparedPack &pack, bool update)
{
    if (auto r = writePackRow(pack, update); !r)
        return r;
    if (update) {
        if (auto r = clearContent(pack.manifest.id); !r)
            return r;
    }
    if (auto r = writeOutline(pack); !r)
        return r;
    if (auto r = writeFiles(pack); !r)
        return r;
    if (auto r = writeLessons(pack); !r)
        return r;
    return writeQuizzes(pack);
}

Result<void> PackRowWriter::writePackRow(const PreparedPack &pack, bool update)
{
    const auto &m = pack.manifest;
    QStringList authors;
    for (const auto &author : m.authors)
        authors << author.name;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QVariantList values{
        m.version.toString(),
        pack.manifestJson, // bytes: readFile("pack.json") gives them back as shipped
        m.title,
        m.description,
        m.language,
        m.license,
        jsonList(authors),
        jsonList(m.tags),
        m.created.toString(Qt::ISODate),
        m.reviewBy.toString(Qt::ISODate),
        pack.totalSize,
        now,
        m.id};
    const QString sql =
        update
            ? QStringLiteral(
                  "UPDATE packs SET version = ?, manifest = ?, title = ?, description = ?, "
                  "language = ?, license = ?, authors = ?, tags = ?, created = ?, "
                  "review_by = ?, size = ?, updated_at = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO packs (version, manifest, title, description, language, "
                             "license, authors, tags, created, review_by, size, updated_at, id, "
                             "installed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!update)
        values << now;
    auto query = m_db.prepare(sql);
    if (!query)
        return query.error();
    return Database::run(*query, values);
}

Result<void> PackRowWriter::clearContent(const QString &packId)
{
    // The index first: its rows are found through lessons.
    for (const char *sql : {
             "DELETE FROM lesson_text WHERE rowid IN (SELECT id FROM lessons WHERE pack_id = ?)",
             "DELETE FROM lessons WHERE pack_id = ?",
             "DELETE FROM quizzes WHERE pack_id = ?",
             "DELETE FROM files WHERE pack_id = ?",
         }) {
        auto query = m_db.prepare(QString::fromLatin1(sql));
        if (!query)
            return query.error();
        if (auto r = Database::run(*query, {packId}); !r)
            return r;
    }
    return {};
}

Result<void> PackRowWriter::writeOutline(const PreparedPack &pack)
{
    const QString &packId = pack.manifest.id;
    auto oldModules =
        idSet(m_db, QStringLiteral("SELECT module_id FROM modules WHERE pack_id = ?"), packId);
    auto oldItems =
        idSet(m_db, QStringLiteral("SELECT item_id FROM items WHERE pack_id = ?"), packId);
    if (!oldModules)
        return oldModules.error();
    if (!oldItems)
        return oldItems.error();

    // Upserts keep existing rows (and whatever later keys on them) in place.
    auto moduleQuery = m_db.prepare(QStringLiteral(
        "INSERT INTO modules (pack_id, module_id, position, title) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (pack_id, module_id) DO UPDATE SET position = excluded.position, "
        "title = excluded.title"));
    auto itemQuery = m_db.prepare(QStringLiteral(
        "INSERT INTO items (pack_id, item_id, module_id, position, kind, title, file) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pack_id, item_id) DO UPDATE SET "
        "module_id = excluded.module_id, position = excluded.position, kind = excluded.kind, "
        "title = excluded.title, file = excluded.file"));
    if (!moduleQuery)
        return moduleQuery.error();
    if (!itemQuery)
        return itemQuery.error();

    int itemPosition = 0;
    const auto &modules = pack.manifest.modules;
    for (int i = 0; i < modules.size(); ++i) {
        const auto &module = modules.at(i);
        if (auto r = Database::run(*moduleQuery, {packId, module.id, i, module.title}); !r)
            return r;
        oldModules->remove(module.id);
        for (const auto &item : module.items) {
            if (auto r = Database::run(*itemQuery, {packId, item.id, module.id, itemPosition++,
                                                    kindName(item.kind), item.title, item.file});
                !r)
                return r;
            oldItems->remove(item.id);
        }
    }
    // What is left was dropped from the outline: items before their modules.
    if (auto r =
            deleteIds(m_db, QStringLiteral("items"), QStringLiteral("item_id"), packId, *oldItems);
        !r)
        return r;
    return deleteIds(m_db, QStringLiteral("modules"), QStringLiteral("module_id"), packId,
                     *oldModules);
}

Result<void> PackRowWriter::writeFiles(const PreparedPack &pack)
{
    auto blobQuery =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size) VALUES (?, ?)"));
    auto fileQuery = m_db.prepare(
        QStringLiteral("INSERT INTO files (pack_id, path, sha256, size) VALUES (?, ?, ?, ?)"));
    if (!blobQuery)
        return blobQuery.error();
    if (!fileQuery)
        return fileQuery.error();
    for (const auto &file : pack.storedFiles()) {
        const QString sha = QString::fromLatin1(file.sha256Hex);
        if (auto r = Database::run(*blobQuery, {sha, file.size}); !r)
            return r;
        if (auto r = Database::run(*fileQuery, {pack.manifest.id, file.path, sha, file.size}); !r)
            return r;
    }
    return {};
}

Result<void> PackRowWriter::writeLessons(const PreparedPack &pack)
{
    auto lessonQuery =
        m_db.prepare(QStringLiteral("INSERT INTO lessons (pack_id, item_id) VALUES (?, ?)"));
    auto textQuery = m_db.prepare(
        QStringLiteral("INSERT INTO lesson_text (rowid, title, body) VALUES (?, ?, ?)"));
    if (!lessonQuery)
        return lessonQuery.error();
    if (!textQuery)
        return textQuery.error();
    for (const auto &lesson : pack.lessons) {
        if (auto r = Database::run(*lessonQuery, {pack.manifest.id, lesson.itemId}); !r)
            return r;
        const QVariant rowId = lessonQuery->lastInsertId();
        if (auto r = Database::run(*textQuery, {rowId, indexableText(lesson.title), lesson.text});
            !r)
            return r;
    }
    return {};
}

Result<void> PackRowWriter::writeQuizzes(const PreparedPack &pack)
{
    auto query = m_db.prepare(
        QStringLiteral("INSERT INTO quizzes (pack_id, item_id, json) VALUES (?, ?, ?)"));
    if (!query)
        return query.error();
    for (auto it = pack.quizzes.cbegin(); it != pack.quizzes.cend(); ++it) {
        // Bytes, not text: quizJson() returns the file exactly as shipped.
        if (auto r = Database::run(*query, {pack.manifest.id, it.key(), it.value()}); !r)
            return r;
    }
    return {};
}

Result<void> PackRowWriter::remove(const QString &packId)
{
    if (auto r = clearContent(packId); !r)
        return r;
    for (const char *sql : {
             "DELETE FROM items WHERE pack_id = ?",
             "DELETE FROM modules WHERE pack_id = ?",
             "DELETE FROM packs WHERE id = ?",
         }) {
        auto query = m_db.prepare(QString::fromLatin1(sql));
        if (!query)
            return query.error();
        if (auto r = Database::run(*query, {packId}); !r)
            return r;
    }
    return {};
}

} // namespace oht::library
