#include "oht/catalog/packinstaller.h"

#include "oht/catalog/packverifier.h"
#include "oht/catalog/signedpack.h"
#include "oht/core/sha256.h"
#include "oht/library/library.h"
#include "oht/packformat/manifestparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace oht::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::PackInstaller", text);
}

Result<void> checkFile(const QString &path, const CatalogEntry &entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("catalog.pack-unreadable"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() != entry.size)
        return Error::invalid(QStringLiteral("catalog.size-mismatch"),
                              tr("%1 has %2 bytes, but the catalog lists %3: it is damaged or "
                                 "not the catalog's pack; it was not installed.")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(file.size())
                                  .arg(entry.size));
    Sha256 hash;
    if (!hash.addData(&file))
        return Error::io(QStringLiteral("catalog.pack-unreadable"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (hash.result().toHex() != entry.sha256Hex)
        return Error::invalid(QStringLiteral("catalog.hash-mismatch"),
                              tr("The SHA-256 of %1 differs from the catalog's: it is damaged or "
                                 "not the catalog's pack; it was not installed.")
                                  .arg(QFileInfo(path).fileName()));
    return {};
}

} // namespace

PackInstaller::PackInstaller(library::Library &library, TrustedKeys keys)
    : m_library(library), m_keys(std::move(keys))
{}

Result<VerifiedPack> PackInstaller::verify(const QString &packPath, const CatalogEntry &entry) const
{
    // Size and hash first: nothing from a file that is not the catalog's reaches a parser.
    if (auto r = checkFile(packPath, entry); !r)
        return r.error();
    return verifyManifest(packPath, entry.signature, &entry);
}

Result<VerifiedPack> PackInstaller::verifyFile(const QString &packPath) const
{
    return verifyManifest(packPath, std::nullopt, nullptr);
}

Result<VerifiedPack>
PackInstaller::verifyManifest(const QString &packPath,
                              const std::optional<PackSignature> &catalogSignature,
                              const CatalogEntry *entry) const
{
    auto pack = SignedPack::read(packPath);
    if (!pack)
        return pack.error();
    const std::optional<PackSignature> signature =
        catalogSignature ? catalogSignature : pack->signature;
    if (!signature)
        return Error::invalid(QStringLiteral("catalog.unsigned"),
                              tr("%1 is not signed by a publisher; it was not installed.")
                                  .arg(QFileInfo(packPath).fileName()));
    auto signer = PackVerifier(m_keys).verify(pack->manifestJson, *signature);
    if (!signer)
        return signer.error();

    packformat::Findings findings;
    const auto manifest =
        packformat::parseManifest(pack->manifestJson, QStringLiteral("pack.json"), findings);
    if (!manifest || packformat::hasErrors(findings))
        return Error::invalid(QStringLiteral("catalog.invalid-pack"),
                              tr("pack.json in %1 is not valid; it was not installed.")
                                  .arg(QFileInfo(packPath).fileName()));
    // The signature covers the manifest, not the catalog: a validly signed pack listed
    // under another pack's name or version is refused.
    if (entry && (manifest->id != entry->id || manifest->version != entry->version))
        return Error::invalid(QStringLiteral("catalog.entry-mismatch"),
                              tr("The catalog lists %1 %2, but the file is %3 %4; it was not "
                                 "installed.")
                                  .arg(entry->id, entry->version.toString(), manifest->id,
                                       manifest->version.toString()));

    VerifiedPack verified{packPath,     pack->manifestJson, *signer,
                          manifest->id, manifest->version,  {}};
    if (auto installed = m_library.pack(manifest->id)) {
        verified.installedVersion = installed->version;
        const auto installedVersion = SemVer::parse(installed->version);
        if (installedVersion && manifest->version < *installedVersion)
            return Error::invalid(
                QStringLiteral("catalog.downgrade"),
                tr("%1 %2 is installed; %3 is older and was not installed.")
                    .arg(manifest->title, installed->version, manifest->version.toString()));
    } else if (installed.error().code != QLatin1String("library.unknown-pack")) {
        return installed.error();
    }
    return verified;
}

Result<InstallReport> PackInstaller::import(const VerifiedPack &pack,
                                            library::ImportObserver *observer)
{
    library::ImportOptions options;
    options.expectedManifest = pack.manifestJson; // import exactly what was verified
    auto report = m_library.importPack(pack.path, options, observer);
    if (!report)
        return report.error();
    return InstallReport{*report, pack.signer};
}

Result<InstallReport> PackInstaller::install(const QString &packPath, const CatalogEntry &entry,
                                             library::ImportObserver *observer)
{
    auto verified = verify(packPath, entry);
    if (!verified)
        return verified.error();
    return import(*verified, observer);
}

Result<InstallReport> PackInstaller::installFile(const QString &packPath,
                                                 library::ImportObserver *observer)
{
    auto verified = verifyFile(packPath);
    if (!verified)
        return verified.error();
    return import(*verified, observer);
}

} // namespace oht::catalog
