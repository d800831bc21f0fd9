#include "oht/ui/bundledpackinstaller.h"

#include "oht/archive/zipreader.h"
#include "oht/core/semver.h"
#include "oht/library/library.h"
#include "oht/packformat/manifestparser.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcBundled, "oht.ui.bundled")

namespace oht::ui {

namespace {

struct BundledPack
{
    QString file;
    QString id;
    SemVer version;
};

// Reads only pack.json, so a start-up with nothing to do stays cheap.
std::optional<BundledPack> readBundled(const QString &file, QString *error)
{
    archive::ZipReader reader(file);
    const auto json = reader.readEntry(QStringLiteral("pack.json"), 8 * 1024 * 1024);
    if (!json) {
        *error = json.error().message;
        return std::nullopt;
    }
    packformat::Findings findings;
    const auto manifest = packformat::parseManifest(*json, QStringLiteral("pack.json"), findings);
    if (!manifest || manifest->id.isEmpty()) {
        *error = QStringLiteral("pack.json is not a valid manifest");
        return std::nullopt;
    }
    return BundledPack{file, manifest->id, manifest->version};
}

} // namespace

BundledPackInstaller::BundledPackInstaller(library::Library &library, QString recordFile)
    : m_library(library), m_recordFile(std::move(recordFile))
{}

QStringList BundledPackInstaller::defaultPackDirs(const QString &applicationDir)
{
    const QDir bin(applicationDir);
    QStringList dirs{QDir::cleanPath(bin.filePath(QStringLiteral("../packs"))),
                     QDir::cleanPath(bin.filePath(QStringLiteral("../share/oht-toolkit/packs")))};
#ifdef Q_OS_MACOS
    // Inside the app bundle: Contents/MacOS/oht-toolkit, Contents/Resources/packs.
    dirs.append(QDir::cleanPath(bin.filePath(QStringLiteral("../Resources/packs"))));
#endif
    return dirs;
}

BundledInstallSummary BundledPackInstaller::install(const QStringList &packDirs)
{
    BundledInstallSummary summary;
    QSettings record(m_recordFile, QSettings::IniFormat);
    record.beginGroup(QStringLiteral("installed"));

    QSet<QString> seen;
    for (const QString &dirPath : packDirs) {
        const QDir dir(dirPath);
        const QStringList files =
            dir.entryList({QStringLiteral("*.ohtpack")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : files) {
            const QString file = dir.filePath(name);
            QString error;
            const auto bundled = readBundled(file, &error);
            if (!bundled) {
                summary.failed.append(QStringLiteral("%1: %2").arg(file, error));
                qCWarning(lcBundled) << "Unreadable bundled pack" << file << error;
                continue;
            }
            // The build tree and an installed copy may both be present: first wins.
            if (seen.contains(bundled->id))
                continue;
            seen.insert(bundled->id);

            const auto recorded = SemVer::parse(record.value(bundled->id).toString());
            const auto installed = m_library.pack(bundled->id);
            const auto installedVersion =
                installed ? SemVer::parse(installed->version) : std::optional<SemVer>();

            bool doImport = false;
            if (recorded) {
                // Installed from the bundle before: update only a pack still present.
                doImport = *recorded < bundled->version && installedVersion &&
                           *installedVersion < bundled->version;
            } else {
                doImport = !installedVersion || *installedVersion < bundled->version;
            }
            if (!doImport) {
                summary.skipped.append(bundled->id);
                if (!recorded && installedVersion)
                    record.setValue(bundled->id, installedVersion->toString());
                continue;
            }
            const auto report = m_library.importPack(file);
            if (!report) {
                summary.failed.append(QStringLiteral("%1: %2").arg(file, report.error().message));
                qCWarning(lcBundled) << "Bundled pack refused" << file << report.error().message;
                continue;
            }
            record.setValue(bundled->id, bundled->version.toString());
            (installedVersion ? summary.updated : summary.installed).append(bundled->id);
        }
    }
    record.endGroup();
    record.sync();
    return summary;
}

} // namespace oht::ui
