#pragma once

#include "database.h"
#include "oht/core/result.h"
#include "oht/library/packsummary.h"
#include "oht/packformat/manifest.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace oht::library {

class BlobStore;
class PackedBlobs;

/// Where a stored pack file's bytes are: packed (in `bytes`) or a file of the BlobStore.
struct StoredFile
{
    QString diskPath; ///< empty when packed
    QByteArray bytes;

    /// A device positioned at the start of the bytes (a file is streamed, not read).
    std::unique_ptr<QIODevice> device() const;
};

/// Read-only queries on installed packs.
class PackQueries
{
public:
    PackQueries(Database &db, const BlobStore &store, PackedBlobs &packed)
        : m_db(db), m_store(store), m_packed(packed)
    {}

    /// The installed version of a pack, or nullopt when it is not installed.
    Result<std::optional<QString>> installedVersion(const QString &packId);

    Result<QList<PackSummary>> packs();
    Result<PackSummary> pack(const QString &packId);
    Result<QByteArray> manifestJson(const QString &packId);
    Result<packformat::Manifest> manifest(const QString &packId);
    Result<QList<packformat::Module>> outline(const QString &packId);
    Result<packformat::OutlineItem> item(const QString &packId, const QString &itemId);
    Result<QString> lessonHtml(const QString &packId, const QString &itemId);
    Result<QByteArray> quizJson(const QString &packId, const QString &itemId);
    /// A stored pack file (not pack.json, which the database keeps).
    Result<StoredFile> storedFile(const QString &packId, const QString &path);
    /// The file's bytes, opened for reading ("library.blob-missing" when the store lost it).
    Result<std::unique_ptr<QIODevice>> openFile(const QString &packId, const QString &path);
    Result<QByteArray> fileSha256(const QString &packId, const QString &path);
    Result<QByteArray> readFile(const QString &packId, const QString &path);

    static Error unknownPack(const QString &packId);

private:
    /// The item's kind and, for a lesson or quiz, its stored content.
    Result<std::pair<QString, QVariant>> itemContent(const QString &packId, const QString &itemId,
                                                     const QString &contentSql);

    Database &m_db;
    const BlobStore &m_store;
    PackedBlobs &m_packed;
};

} // namespace oht::library
