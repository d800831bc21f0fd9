#include "importer.h"

#include "blobsink.h"
#include "blobstore.h"
#include "database.h"
#include "importstaging.h"
#include "lessonprerenderer.h"
#include "librarylog.h"
#include "oht/archive/zipreader.h"
#include "oht/packformat/manifestparser.h"
#include "oht/packformat/packvalidator.h"
#include "oht/packio/packcontentsink.h"
#include "packedblobs.h"
#include "packqueries.h"
#include "packrowwriter.h"
#include "preparedpack.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <future>
#include <optional>

namespace oht::library {

namespace {

const QString kManifestName = QStringLiteral("pack.json");
const QString kSignatureName = QStringLiteral("signature.json");

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("oht::library::Importer", text, nullptr, n);
}

/// The refusal for a pack with validation errors: the first error names the problem;
/// callers get all findings from Library::lastImportFindings().
Error refusal(const packformat::Findings &findings)
{
    const auto first =
        std::find_if(findings.cbegin(), findings.cend(), [](const auto &f) { return f.isError(); });
    if (first == findings.cend())
        return Error::invalid(QStringLiteral("library.invalid-manifest"),
                              tr("pack.json could not be read."));
    const int errors = int(std::count_if(findings.cbegin(), findings.cend(),
                                         [](const auto &f) { return f.isError(); }));
    QString where = first->file;
    if (first->line > 0)
        where += QStringLiteral(":%1").arg(first->line);
    const QString message =
        errors > 1 ? tr("%1: %2 (and %n more error(s))", errors - 1).arg(where, first->message)
                   : tr("%1: %2").arg(where, first->message);
    return Error::invalid(first->code, message);
}

packformat::Findings warningsOf(const packformat::Findings &findings)
{
    packformat::Findings warnings;
    for (const auto &f : findings)
        if (!f.isError())
            warnings.append(f);
    return warnings;
}

/// A validated pack's verdict: an over-sized lesson was not kept in memory, so say that
/// rather than what the validator made of its missing text; otherwise the first error.
Result<void> judge(const packformat::ValidationResult &validation,
                   const packio::PackContentSink &content)
{
    if (validation.manifest) {
        if (auto r = content.checkTextLimits(*validation.manifest); !r)
            return r.error();
    }
    if (!validation.ok())
        return refusal(validation.findings);
    return {};
}

Result<void> checkCancelled(ImportObserver *observer)
{
    if (observer && observer->isCancelled())
        return Error::cancelled();
    return {};
}

} // namespace

Result<Importer::Decision> Importer::decide(const packformat::Manifest &offered,
                                            const ImportOptions &options)
{
    auto installed = PackQueries(m_db, m_store, m_packed).installedVersion(offered.id);
    if (!installed)
        return installed.error();
    if (!*installed)
        return Decision{ImportOutcome::Installed, {}};
    const QString previous = **installed;
    const auto installedVersion = SemVer::parse(previous);
    if (!installedVersion)
        return Error::internal(QStringLiteral("library.bad-version"),
                               tr("The installed version of %1 (%2) is not a valid version.")
                                   .arg(offered.id, previous));
    if (offered.version == *installedVersion)
        return Decision{ImportOutcome::AlreadyInstalled, previous};
    if (offered.version > *installedVersion)
        return Decision{ImportOutcome::Updated, previous};
    if (options.force)
        return Decision{ImportOutcome::Downgraded, previous};
    return Error::invalid(QStringLiteral("library.older-version"),
                          tr("%1 %2 is installed; this pack is the older version %3. Use --force "
                             "to install it anyway.")
                              .arg(offered.id, previous, offered.version.toString()));
}

Result<ImportReport> Importer::run(const QString &archivePath, const ImportOptions &options,
                                   ImportObserver *observer)
{
    m_findings.clear();
    if (auto r = checkCancelled(observer); !r)
        return r.error();

    archive::ZipReader reader(archivePath, options.limits);
    std::optional<QByteArray> manifestJson;
    const auto entries =
        reader.scanReading(kManifestName, packio::kMaxManifestBytes, &manifestJson);
    if (!entries)
        return entries.error();
    qint64 totalBytes = 0;
    bool hasManifest = false;
    for (const auto &entry : *entries) {
        totalBytes += qMax<qint64>(0, entry.declaredSize);
        hasManifest = hasManifest || entry.name == kManifestName;
    }
    if (!hasManifest)
        return Error::invalid(
            QStringLiteral("archive.missing-manifest"),
            tr("%1 has no pack.json at its root.").arg(QFileInfo(archivePath).fileName()));

    // Decide from the manifest alone: a re-import of the same version costs no extraction.
    if (!options.expectedManifest.isEmpty() && *manifestJson != options.expectedManifest)
        return Error::invalid(QStringLiteral("library.manifest-mismatch"),
                              tr("pack.json in %1 is not the one that was checked before the "
                                 "import; the pack was not installed.")
                                  .arg(QFileInfo(archivePath).fileName()));
    packformat::Findings manifestFindings;
    const auto offered = packformat::parseManifest(*manifestJson, kManifestName, manifestFindings);
    if (!offered || packformat::hasErrors(manifestFindings)) {
        m_findings = manifestFindings;
        return refusal(manifestFindings);
    }
    const auto decision = decide(*offered, options);
    if (!decision)
        return decision.error();
    ImportReport report{decision->outcome, offered->id, offered->version.toString(),
                        decision->previousVersion, warningsOf(manifestFindings)};
    if (decision->outcome == ImportOutcome::AlreadyInstalled) {
        m_findings = manifestFindings;
        return report;
    }

    auto staging = ImportStaging::create(m_store.tmpRoot());
    if (!staging)
        return staging.error();
    // A failed import takes back the packed rows it wrote, so a refused pack leaves the
    // library as it was (a killed one leaves them to sweepOrphans()). Declared before the
    // sink, so its worker thread has stopped writing when this runs.
    bool committed = false;
    const auto discardRows = qScopeGuard([&] {
        if (committed)
            return;
        if (auto r = m_packed.discardImport((*staging)->name()); !r)
            qCWarning(lcLibrary) << "could not discard the rows of a failed import:"
                                 << r.error().message;
    });
    QHash<QString, QByteArray> expected;
    for (const auto &file : offered->files)
        expected.insert(file.path, file.sha256Hex);
    auto alreadyPacked = m_packed.existing(expected.values());
    if (!alreadyPacked)
        return alreadyPacked.error();
    QHash<QString, packformat::LessonFormat> lessonFiles;
    for (const auto &item : offered->items()) {
        packformat::LessonFormat format;
        if (item.kind == packformat::ItemKind::Lesson &&
            packformat::lessonFormatForPath(item.file, &format))
            lessonFiles.insert(item.file, format);
    }
    LessonPreRenderer renderer(std::move(lessonFiles));
    BlobSink blobs(m_store, std::move(*alreadyPacked), **staging, expected, observer, totalBytes);
    packio::PackContentSink content(&blobs);
    blobs.shareTextWith(&content);
    blobs.setEntryListener([&renderer](const QString &name, const QByteArray &bytes) {
        renderer.submit(name, bytes);
    });
    // The worker keeps storing small entries through validation and the row writing;
    // commit() waits for it just before the data must be durable.
    if (auto r = reader.extract(content); !r)
        return r.error();
    if (content.files().read(kManifestName) != *manifestJson)
        return Error::invalid(QStringLiteral("archive.inconsistent-manifest"),
                              tr("pack.json in %1 reads differently each time; the archive is "
                                 "inconsistent.")
                                  .arg(QFileInfo(archivePath).fileName()));

    // Validation runs on another core beside the preparation and the row writing: the
    // write transaction rolls back if it refuses the pack. Every path that fails before it
    // has answered asks it first, so a refused pack is refused for its findings.
    auto validating = std::async(std::launch::async, [&content] {
        return packformat::PackValidator().validateBuilt(content.files(), content.actual());
    });
    std::optional<Result<void>> verdict;
    const auto validated = [&]() -> Result<void> {
        if (!verdict) {
            const auto validation = validating.get();
            m_findings = validation.findings;
            verdict = judge(validation, content);
            if (*verdict)
                report.warnings = warningsOf(validation.findings);
        }
        return *verdict;
    };

    auto prepared = preparePack(*offered, content.files(), *manifestJson, renderer.finish());
    if (!prepared) {
        if (auto v = validated(); !v)
            return v.error();
        return prepared.error();
    }
    // The validator allowed signature.json outside `files`; keep it with the pack.
    if (const auto signature = content.actual().constFind(kSignatureName);
        signature != content.actual().cend() &&
        std::none_of(offered->files.cbegin(), offered->files.cend(),
                     [](const auto &f) { return f.path == kSignatureName; }))
        prepared->extraFiles.append(*signature);
    if (auto r = checkCancelled(observer); !r)
        return r.error();

    auto done = commit(*prepared, *decision, blobs, options, observer, validated);
    if (!done)
        return done.error();
    committed = true;
    done->warnings = report.warnings;
    return done;
}

Result<void> Importer::checkStored(const QList<packformat::FileEntry> &files)
{
    // Small files are normally packed (one query for all); a library from before the
    // packed store may hold them as files, which later imports reuse.
    QList<QByteArray> hashes;
    for (const auto &file : files)
        hashes.append(file.sha256Hex);
    auto packed = m_packed.existing(hashes);
    if (!packed)
        return packed.error();
    for (const auto &file : files) {
        if (!packed->contains(file.sha256Hex) && !m_store.contains(file.sha256Hex))
            return Error::io(QStringLiteral("library.blob-vanished"),
                             tr("The stored copy of %1 was removed during the import; import "
                                "the pack again.")
                                 .arg(file.path));
    }
    return {};
}

Result<ImportReport> Importer::commit(const PreparedPack &pack, const Decision &planned,
                                      BlobSink &blobs, const ImportOptions &options,
                                      ImportObserver *observer,
                                      const std::function<Result<void>()> &validated)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    // Another process may have imported this pack since decide(): decide again, now
    // that nobody else can write.
    const auto decision = decide(pack.manifest, options);
    if (!decision)
        return decision.error();
    ImportReport report{decision->outcome,
                        pack.manifest.id,
                        pack.manifest.version.toString(),
                        decision->previousVersion,
                        {}};
    if (decision->outcome == ImportOutcome::AlreadyInstalled) {
        if (auto v = validated(); !v)
            return v.error();
        return report;
    }
    if (decision->outcome != planned.outcome)
        qCInfo(lcLibrary) << "import of" << pack.manifest.id << "changed its plan meanwhile";

    // Rows first: the worker thread is still storing small files meanwhile, on the other
    // core. Nothing is visible before the COMMIT, which comes after every check below.
    const auto rows =
        PackRowWriter(m_db).write(pack, decision->outcome != ImportOutcome::Installed);
    if (auto v = validated(); !v)
        return v.error();
    if (!rows)
        return rows.error();
    if (auto r = blobs.finish(); !r)
        return r.error();
    const QHash<QString, QString> &staged = blobs.stagedFiles();
    // The data must be on disk before the renames that name it.
    if (auto r = m_store.sync(staged.values()); !r)
        return r.error();

    QStringList durable;
    QSet<QString> folders;
    const QList<packformat::FileEntry> files = pack.storedFiles();
    for (const auto &file : files) {
        const QString stagedFile = staged.value(file.path);
        if (stagedFile.isEmpty())
            continue;
        if (auto r = m_store.install(stagedFile, file.sha256Hex); !r)
            return r.error();
        durable << m_store.blobPath(file.sha256Hex);
        folders.insert(QFileInfo(durable.last()).absolutePath());
    }
    // Blobs this import reused instead of writing must still be there: sweepOrphans()
    // may have removed an unreferenced one before this transaction took the lock.
    if (auto r = checkStored(files); !r)
        return r.error();

    if (auto r = m_store.sync(durable + QStringList(folders.cbegin(), folders.cend())); !r)
        return r.error();
    if (auto r = checkCancelled(observer); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return report;
}

} // namespace oht::library
