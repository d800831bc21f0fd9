#include "oht/catalog/signedpack.h"

#include "oht/archive/zipreader.h"
#include "oht/packio/packcontentsink.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace oht::catalog {

namespace {

constexpr qint64 kMaxSignatureBytes = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::SignedPack", text);
}

} // namespace

Result<SignedPack> SignedPack::read(const QString &packPath)
{
    archive::ZipReader reader(packPath);
    const auto entries = reader.scan();
    if (!entries)
        return entries.error();
    bool hasManifest = false;
    bool hasSignature = false;
    for (const auto &entry : *entries) {
        hasManifest = hasManifest || entry.name == QLatin1String("pack.json");
        hasSignature = hasSignature || entry.name == QLatin1String(kSignatureFileName);
    }
    if (!hasManifest)
        return Error::invalid(
            QStringLiteral("archive.missing-manifest"),
            tr("%1 has no pack.json at its root.").arg(QFileInfo(packPath).fileName()));
    SignedPack pack;
    auto manifest = reader.readEntry(QStringLiteral("pack.json"), packio::kMaxManifestBytes);
    if (!manifest)
        return manifest.error();
    pack.manifestJson = *manifest;
    if (hasSignature) {
        auto bytes = reader.readEntry(QString::fromLatin1(kSignatureFileName), kMaxSignatureBytes);
        if (!bytes)
            return bytes.error();
        auto signature = PackSignature::fromFileBytes(*bytes);
        if (!signature)
            return signature.error();
        pack.signature = *signature;
    }
    return pack;
}

} // namespace oht::catalog
