#pragma once

#include "oht/core/result.h"
#include "oht/library/importtypes.h"
#include "oht/library/packsummary.h"
#include "oht/library/searchhit.h"
#include "oht/packformat/manifest.h"
#include "oht/storage/migrator.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace oht::library {

/// The learner's library: a SQLite database (`library.sqlite`) plus a content-addressed
/// store of pack files (`blobs/ab/abcdef…`, named by SHA-256) under one data directory.
///
/// One Library object owns one database connection and must be used from the thread
/// that opened it; a worker thread opens its own Library on the same directory (WAL
/// lets readers and one writer work side by side).
class Library
{
public:
    /// Creates the directory and database if needed and runs migrations. Refuses a
    /// database whose schema is newer than this app (it is left untouched). A short-lived
    /// reader (a command-line search) passes BeforeWriting to skip the full-file check.
    static Result<std::unique_ptr<Library>>
    open(const QString &dataDir,
         storage::IntegrityCheck integrity = storage::IntegrityCheck::Always);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString dataDir() const;
    int schemaVersion() const;

    /// Installs or updates a built pack, atomically: afterwards the pack is fully
    /// present or the library is exactly as before, whatever fails (bad entry found
    /// late, disk full, process killed, cancelled).
    ///
    /// A pack that fails validation is refused with an InvalidInput error whose code and
    /// message are those of the first error finding ("hash-mismatch", "lessons/a.md: …");
    /// lastImportFindings() then holds every finding.
    Result<ImportReport> importPack(const QString &archivePath, const ImportOptions &options = {},
                                    ImportObserver *observer = nullptr);

    /// Every validation finding of the last importPack() call on this object: warnings,
    /// plus all errors when the pack was refused for its content. Empty when the import
    /// stopped for another reason (unsafe archive, older version, cancelled…).
    const packformat::Findings &lastImportFindings() const;

    /// Writes an installed pack back to a built `.ohtpack`: pack.json as shipped, its files
    /// in byte order of their paths, then signature.json when the pack was signed. The
    /// result is byte-identical to the pack `ohtpack build` (and `ohtpack sign`) made, so a
    /// signature stays valid. Every stored file's SHA-256 is checked on the way; writes
    /// OUT.tmp and renames.
    Result<void> exportPack(const QString &packId, const QString &outputPath) const;

    /// Removes a pack and its rows; its blobs are left for sweepOrphans().
    Result<void> removePack(const QString &packId);

    Result<QList<PackSummary>> packs() const;
    Result<PackSummary> pack(const QString &packId) const;
    Result<packformat::Manifest> manifest(const QString &packId) const;
    /// The outline (modules and their items, in order) read from the library's tables:
    /// much cheaper than manifest() for a large course (no JSON parsing).
    Result<QList<packformat::Module>> outline(const QString &packId) const;
    /// One item of the outline ("library.unknown-item" when the pack has no such item).
    Result<packformat::OutlineItem> item(const QString &packId, const QString &itemId) const;

    /// Rendered body HTML of a lesson item.
    Result<QString> lessonHtml(const QString &packId, const QString &itemId) const;
    /// The quiz file's JSON, as shipped in the pack.
    Result<QByteArray> quizJson(const QString &packId, const QString &itemId) const;
    /// A pack file opened for reading: large files (video) are streamed from the store's
    /// files, small ones come from the packed store. Not for pack.json (see readFile()).
    Result<std::unique_ptr<QIODevice>> openFile(const QString &packId, const QString &path) const;
    /// Hex SHA-256 of a pack file, as the files table holds it (the progress module marks
    /// quiz attempts made on a file that has since changed).
    Result<QByteArray> fileSha256(const QString &packId, const QString &path) const;
    /// Contents of a pack file (lessons' sources, CSS, images…).
    Result<QByteArray> readFile(const QString &packId, const QString &path) const;

    /// Full-text search over every installed lesson, best first. `query` is what a
    /// learner types (words, "quoted phrases"); it is never passed raw to FTS5.
    Result<QList<SearchHit>> search(const QString &query, int limit = 20) const;

    /// Deletes blob and temporary files no pack refers to (left by removals or by
    /// imports that were killed). Returns how many files were removed.
    Result<int> sweepOrphans();

private:
    struct Private;
    explicit Library(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace oht::library
