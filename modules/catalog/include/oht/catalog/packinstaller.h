#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/catalog/publisherkey.h"
#include "oht/catalog/trustedkeys.h"
#include "oht/core/result.h"
#include "oht/library/importtypes.h"

#include <QByteArray>
#include <QString>

namespace oht::library {
class Library;
}

namespace oht::catalog {

/// A pack file that passed every check before import.
struct VerifiedPack
{
    QString path;
    QByteArray manifestJson; ///< the signed bytes; the import must find exactly these
    PublisherKey signer;
    QString packId;
    SemVer version;
    QString installedVersion; ///< empty when not installed
};

struct InstallReport
{
    library::ImportReport import;
    PublisherKey signer;
};

/// The gate between a downloaded (or USB) pack file and the library. In this order, and
/// before the archive is decompressed: the file's size and SHA-256 must match the catalog
/// entry; pack.json is read with the safe reader and its signature (the entry's, else the
/// pack's own signature.json) must verify against a trusted key; the manifest's id and
/// version must be the entry's; a version older than the installed one is refused. Then
/// Library::importPack runs, bound to the verified pack.json bytes
/// (ImportOptions::expectedManifest), so the pack imported is the pack verified.
/// Every refusal leaves the library unchanged.
class PackInstaller
{
public:
    PackInstaller(library::Library &library, TrustedKeys keys);

    Result<VerifiedPack> verify(const QString &packPath, const CatalogEntry &entry) const;
    /// A pack without a catalog entry (shared on a USB stick): its own signature.json.
    Result<VerifiedPack> verifyFile(const QString &packPath) const;

    Result<InstallReport> install(const QString &packPath, const CatalogEntry &entry,
                                  library::ImportObserver *observer = nullptr);
    Result<InstallReport> installFile(const QString &packPath,
                                      library::ImportObserver *observer = nullptr);

private:
    Result<VerifiedPack> verifyManifest(const QString &packPath,
                                        const std::optional<PackSignature> &catalogSignature,
                                        const CatalogEntry *entry) const;
    Result<InstallReport> import(const VerifiedPack &pack, library::ImportObserver *observer);

    library::Library &m_library;
    TrustedKeys m_keys;
};

} // namespace oht::catalog
