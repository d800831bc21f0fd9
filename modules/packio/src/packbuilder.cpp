#include "oht/packio/packbuilder.h"

#include "oht/archive/zipwriter.h"
#include "oht/core/sha256.h"
#include "oht/packformat/manifestparser.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/packvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <future>

namespace oht::packio {

namespace {

const QString kManifestName = QStringLiteral("pack.json");

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("oht::packio::PackBuilder", text, nullptr, n);
}

Error readError(const QString &diskPath, const QFile &file)
{
    return Error::io(QStringLiteral("packio.read-failed"),
                     tr("Cannot read %1: %2").arg(diskPath, file.errorString()));
}

/// SHA-256 and size of every file, in `paths` order, read in blocks. Keeping the bytes
/// for the zip writer was measured slower than reading them again from the page cache
/// (fresh memory costs a page fault per 4 KiB), and large media must not sit in memory.
Result<QList<packformat::FileEntry>> hashFiles(const QStringList &paths,
                                               const packformat::FolderPackFiles &files)
{
    QList<packformat::FileEntry> out;
    out.reserve(paths.size());
    Sha256 hash;
    for (const QString &path : paths) {
        const QString diskPath = files.absolutePath(path);
        QFile file(diskPath);
        hash.reset();
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return readError(diskPath, file);
        out.append({path, hash.resultHex(), file.size()});
    }
    return out;
}

bool isInside(const QString &path, const QString &dir)
{
    const QString canonicalDir = QFileInfo(dir).canonicalFilePath();
    // The output may not exist yet: compare its folder, which must.
    const QFileInfo out(path);
    const QString outDir = QFileInfo(out.absolutePath()).canonicalFilePath();
    if (canonicalDir.isEmpty() || outDir.isEmpty())
        return false;
    return outDir == canonicalDir || outDir.startsWith(canonicalDir + QLatin1Char('/'));
}

} // namespace

PackBuilder::PackBuilder(QDate today) : m_today(today) {}

Result<void> PackBuilder::build(const QString &sourceDir, const QString &outputPath,
                                BuildReport &report) const
{
    report = BuildReport{};
    report.outputPath = outputPath;

    if (!QFileInfo(sourceDir).isDir())
        return Error::invalid(QStringLiteral("packio.source-not-found"),
                              tr("The source folder %1 does not exist.").arg(sourceDir));
    // A pack written into its own source would be packed into the next build.
    if (isInside(outputPath, sourceDir))
        return Error{ErrorKind::Usage, QStringLiteral("packio.output-inside-source"),
                     tr("Write the pack outside its source folder: %1 is inside %2.")
                         .arg(outputPath, sourceDir)};

    const packformat::FolderPackFiles files(sourceDir);
    // Byte order of the UTF-8 paths, as the format requires; independent of locale.
    QStringList paths = files.paths();
    paths.removeAll(kManifestName);
    std::sort(paths.begin(), paths.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });

    // Reading and hashing every file is independent of validation: do it on a second core
    // meanwhile. Its result is only used once the source has proved valid.
    auto hashing = std::async(std::launch::async, [&] { return hashFiles(paths, files); });
    const packformat::ValidationResult validation =
        packformat::PackValidator(m_today).validate(files);
    auto hashed = hashing.get();
    report.findings = validation.findings;
    if (!validation.ok()) {
        const auto errors = std::count_if(validation.findings.cbegin(), validation.findings.cend(),
                                          [](const auto &f) { return f.isError(); });
        return Error::invalid(QStringLiteral("packio.invalid-source"),
                              tr("The source has %n error(s); no pack was written.", int(errors)));
    }
    if (!hashed)
        return hashed.error();

    packformat::Manifest manifest = *validation.manifest;
    manifest.files = *hashed;

    archive::ZipWriter writer(outputPath);
    if (auto r = writer.open(); !r)
        return r;
    if (auto r = writer.addFile(kManifestName, packformat::writeManifest(manifest)); !r)
        return r;
    for (const QString &path : std::as_const(paths)) {
        if (auto r = writer.addFileFromDisk(path, files.absolutePath(path)); !r)
            return r;
    }
    if (auto r = writer.close(); !r)
        return r;

    report.fileCount = int(paths.size()) + 1;
    report.archiveBytes = QFileInfo(outputPath).size();
    return {};
}

} // namespace oht::packio
