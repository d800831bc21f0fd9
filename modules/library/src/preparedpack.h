#pragma once

#include "oht/core/result.h"
#include "oht/packformat/manifest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace oht::packformat {
class PackFiles;
}

namespace oht::library {

struct PreparedLesson
{
    QString itemId;
    QString title;
    QString text; ///< plain text for the full-text index
};

/// Everything an import writes to the database, computed before the write transaction
/// starts so that the transaction (which holds the write lock) stays short.
struct PreparedPack
{
    packformat::Manifest manifest; ///< validated; `files` equals what the archive holds
    QByteArray manifestJson;       ///< pack.json as shipped
    QList<PreparedLesson> lessons;
    QHash<QString, QByteArray> quizzes; ///< item id -> quiz JSON as shipped
    qint64 totalSize = 0;               ///< sum of the file sizes
    /// Archive entries kept though `files` does not list them: a signed pack's
    /// signature.json, so exportPack() can write the pack back with its signature.
    QList<packformat::FileEntry> extraFiles;

    /// Every file the blob store keeps for this pack: `files`, then extraFiles.
    QList<packformat::FileEntry> storedFiles() const { return manifest.files + extraFiles; }
};

/// Renders every lesson of a validated pack and collects its quizzes from `files`.
/// `rendered` holds index texts already made (lesson path -> text, LessonPreRenderer);
/// only the other lessons are rendered here.
Result<PreparedPack> preparePack(const packformat::Manifest &manifest,
                                 const packformat::PackFiles &files, const QByteArray &manifestJson,
                                 const QHash<QString, QString> &rendered = {});

/// Text as the search index stores it: the private-use characters search uses as match
/// markers are removed, so lesson text can never forge a <mark>.
QString indexableText(QString text);

} // namespace oht::library
