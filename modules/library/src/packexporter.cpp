#include "packexporter.h"

#include "oht/archive/zipwriter.h"
#include "packqueries.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
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
                       const QString &blobPath)
{
    QFile blob(blobPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!blob.open(QIODevice::ReadOnly) || !hash.addData(&blob))
        return Error::io(QStringLiteral("library.blob-missing"),
                         tr("The file %1 of %2 is missing from the library's store: %3")
                             .arg(file.path, packId, blob.errorString()));
    if (hash.result().toHex() != file.sha256Hex || blob.size() != file.size)
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
    QStringList blobs;
    for (const auto &file : std::as_const(files)) {
        auto blob = m_queries.filePath(packId, file.path);
        if (!blob)
            return blob.error();
        if (auto r = checkBlob(packId, file, *blob); !r)
            return r;
        blobs << *blob;
    }
    const bool listsSignature = std::any_of(files.cbegin(), files.cend(),
                                            [](const auto &f) { return f.path == kSignatureName; });
    QString signatureBlob;
    if (!listsSignature) {
        if (auto blob = m_queries.filePath(packId, kSignatureName))
            signatureBlob = *blob;
    }

    archive::ZipWriter writer(outputPath);
    if (auto r = writer.open(); !r)
        return r;
    if (auto r = writer.addFile(kManifestName, *manifestJson); !r)
        return r;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (auto r = writer.addFileFromDisk(files.at(i).path, blobs.at(i)); !r)
            return r;
    }
    if (!signatureBlob.isEmpty()) {
        if (auto r = writer.addFileFromDisk(kSignatureName, signatureBlob); !r)
            return r;
    }
    return writer.close();
}

} // namespace oht::library
