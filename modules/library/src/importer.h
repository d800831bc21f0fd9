#pragma once

#include "database.h"
#include "oht/core/result.h"
#include "oht/library/importtypes.h"
#include "oht/packformat/finding.h"
#include "oht/packformat/manifest.h"

#include <QString>
#include <functional>

namespace oht::library {

class BlobSink;
class BlobStore;
class PackedBlobs;
struct PreparedPack;

/// Installs one built pack, atomically (see Library::importPack):
/// 1. scan the archive and read pack.json only; decide (same version: done, older:
///    refused unless forced) before decompressing anything else;
/// 2. extract once: every entry hashed; small ones added to the packed store (its own
///    durable transactions), large ones streamed to a staging folder; text files kept in
///    memory; lessons rendered on a worker meanwhile; then validate with the real hashes
///    (on another thread, beside step 3 up to the COMMIT, which waits for its verdict);
/// 3. under one BEGIN IMMEDIATE: decide again, write every row (while the worker thread
///    still stores small files), wait for the worker, make the staged files durable,
///    move them into the blob store, check every blob is stored, make the renames
///    durable, COMMIT. Until that COMMIT nothing any reader sees has
///    changed; blobs left by a failure are unreferenced and removed by sweepOrphans().
class Importer
{
public:
    Importer(Database &db, const BlobStore &store, PackedBlobs &packed)
        : m_db(db), m_store(store), m_packed(packed)
    {}

    Result<ImportReport> run(const QString &archivePath, const ImportOptions &options,
                             ImportObserver *observer);

    /// Every finding of the last run (warnings, and the errors that refused it).
    const packformat::Findings &findings() const { return m_findings; }

private:
    struct Decision
    {
        ImportOutcome outcome = ImportOutcome::Installed;
        QString previousVersion;
    };
    Result<Decision> decide(const packformat::Manifest &offered, const ImportOptions &options);
    /// Fails when a blob the pack needs is in neither store.
    Result<void> checkStored(const QList<packformat::FileEntry> &files);
    /// `validated` waits for the validation running beside it and gives its verdict;
    /// called before anything is committed.
    Result<ImportReport> commit(const PreparedPack &pack, const Decision &planned, BlobSink &blobs,
                                const ImportOptions &options, ImportObserver *observer,
                                const std::function<Result<void>()> &validated);

    Database &m_db;
    const BlobStore &m_store;
    PackedBlobs &m_packed;
    packformat::Findings m_findings;
};

} // namespace oht::library
