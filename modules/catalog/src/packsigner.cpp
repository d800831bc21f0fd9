#include "oht/catalog/packsigner.h"

#include "entryfilesink.h"
#include "oht/archive/zipreader.h"
#include "oht/archive/zipwriter.h"
#include "oht/catalog/publisherkey.h"
#include "oht/packformat/packvalidator.h"
#include "oht/packio/packcontentsink.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace oht::catalog {

namespace {

const QString kManifestName = QStringLiteral("pack.json");

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::PackSigner", text);
}

Error invalidPack(const QString &packPath, const packformat::Findings &findings)
{
    QString first = tr("pack.json could not be read");
    for (const auto &finding : findings) {
        if (finding.isError()) {
            first = QStringLiteral("%1: %2").arg(finding.file, finding.message);
            break;
        }
    }
    return Error::invalid(QStringLiteral("catalog.invalid-pack"),
                          tr("%1 is not a valid pack, so it was not signed (%2). Run "
                             "\"ohtpack validate\" for every problem.")
                              .arg(QFileInfo(packPath).fileName(), first));
}

} // namespace

PackSigner::PackSigner(KeyPair keys) : m_keys(std::move(keys)) {}

Result<PackSignature> PackSigner::signManifest(const QByteArray &manifestJson) const
{
    auto signature = Ed25519::sign(manifestJson, m_keys.secretKey);
    if (!signature)
        return signature.error();
    return PackSignature{PublisherKey::keyIdOf(m_keys.publicKey), QStringLiteral("ed25519"),
                         *signature};
}

Result<PackSignature> PackSigner::sign(const QString &packPath) const
{
    QTemporaryDir scratch(QFileInfo(packPath).absolutePath() +
                          QLatin1String("/.ohtpack-sign-XXXXXX"));
    if (!scratch.isValid())
        return Error::io(QStringLiteral("catalog.write-failed"),
                         tr("Cannot create a temporary folder next to %1.").arg(packPath));

    // One pass: every entry hashed and validated as an import would, and copied aside.
    archive::ZipReader reader(packPath);
    EntryFileSink copies(scratch.path(), QString::fromLatin1(kSignatureFileName));
    packio::PackContentSink content(&copies);
    if (auto r = reader.extract(content); !r)
        return r.error();
    const auto validation =
        packformat::PackValidator().validateBuilt(content.files(), content.actual());
    if (!validation.ok())
        return invalidPack(packPath, validation.findings);
    const packformat::Manifest &manifest = *validation.manifest;
    if (std::any_of(manifest.files.cbegin(), manifest.files.cend(),
                    [](const auto &f) { return f.path == QLatin1String(kSignatureFileName); }))
        return Error::invalid(QStringLiteral("catalog.signature-name-taken"),
                              tr("%1 lists its own signature.json in \"files\"; rebuild it with "
                                 "this version of ohtpack.")
                                  .arg(QFileInfo(packPath).fileName()));

    const QByteArray manifestJson = *content.files().read(kManifestName);
    auto signature = signManifest(manifestJson);
    if (!signature)
        return signature.error();

    // The canonical order `ohtpack build` writes, so Library::exportPack() reproduces it.
    QStringList paths;
    for (const auto &file : manifest.files)
        paths << file.path;
    std::sort(paths.begin(), paths.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    archive::ZipWriter writer(packPath);
    if (auto r = writer.open(); !r)
        return r.error();
    if (auto r = writer.addFile(kManifestName, manifestJson); !r)
        return r.error();
    for (const QString &path : std::as_const(paths)) {
        if (auto r = writer.addFileFromDisk(path, copies.files().value(path)); !r)
            return r.error();
    }
    if (auto r = writer.addFile(QString::fromLatin1(kSignatureFileName), signature->toFileBytes());
        !r)
        return r.error();
    if (auto r = writer.close(); !r)
        return r.error();
    return signature;
}

} // namespace oht::catalog
