#include "packexporter.h"

#include "oht/archive/zipwriter.h"
#include "oht/core/sha256.h"
#include "packqueries.h"

#include <QCoreApplication>
#include <algorithm>

namespace oht::library {

namespace {

const QString kManifestName = QStringLiteral("pack.json");
const QString kSignatureName = QStringLiteral("signature.json");

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::PackExporter", text);
}

/// A damaged blob must not travel on to other learners inside an exported pack.
Result<void> checkBlob(const QString &packId, const packformat::FileEntry &file,
                       const StoredFile &stored)
{
    const auto blob = stored.device();
    Sha256 hash;
    if (!blob->open(QIODevice::ReadOnly) || !hash.addData(blob.get()))
        return Error::io(QStringLiteral("library.blob-missing"),
                         tr("The file %1 of %2 is missing from the library's store: %3")
                             .arg(file.path, packId, blob->errorString()));
    if (hash.result().toHex() != file.sha256Hex || blob->size() != file.size)
        return Error::io(QStringLiteral("library.blob-damaged"),
                         tr("The stored copy of %1 in %2 is damaged; import the pack again "
                            "before exporting it.")
                             .arg(file.path, packId));
    return {};
}

} // namespace

Result<void> PackExporter::run(const QString &packId, const QString &outputPath)
{
    auto manifestJson = m_queries.manifestJson(packId);
    if (!manifestJson)
        return manifestJson.error();
    auto manifest = m_queries.manifest(packId);
    if (!manifest)
        return manifest.error();

    QList<packformat::FileEntry> files = manifest->files;
    std::sort(files.begin(), files.end(),
              [](const auto &a, const auto &b) { return a.path.toUtf8() < b.path.toUtf8(); });
    // Each blob is checked just before it is written; a damaged one stops the export and
    // the writer discards its temporary file, so no pack with a bad file ever appears.
    archive::ZipWriter writer(outputPath);
    if (auto r = writer.open(); !r)
        return r;
    if (auto r = writer.addFile(kManifestName, *manifestJson); !r)
        return r;
    auto add = [&](const packformat::FileEntry *expected, const QString &name,
                   const StoredFile &blob) -> Result<void> {
        if (expected) {
            if (auto r = checkBlob(packId, *expected, blob); !r)
                return r;
        }
        return blob.diskPath.isEmpty() ? writer.addFile(name, blob.bytes)
                                       : writer.addFileFromDisk(name, blob.diskPath);
    };
    for (const auto &file : std::as_const(files)) {
        auto blob = m_queries.storedFile(packId, file.path);
        if (!blob)
            return blob.error();
        if (auto r = add(&file, file.path, *blob); !r)
            return r;
    }
    const bool listsSignature = std::any_of(files.cbegin(), files.cend(),
                                            [](const auto &f) { return f.path == kSignatureName; });
    if (!listsSignature) {
        // Not listed in `files` (it signs them): kept with the pack when it was signed.
        if (auto blob = m_queries.storedFile(packId, kSignatureName)) {
            if (auto r = add(nullptr, kSignatureName, *blob); !r)
                return r;
        }
    }
    return writer.close();
}

} // namespace oht::library
