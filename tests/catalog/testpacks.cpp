#include "testpacks.h"

#include "oht/catalog/packsigner.h"
#include "oht/catalog/signedpack.h"
#include "oht/packformat/manifestparser.h"
#include "oht/packio/packbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

namespace oht::test {

TestPacks::TestPacks(QString dir) : m_dir(std::move(dir))
{
    QDir().mkpath(m_dir);
}

QString TestPacks::build(const PackSourceWriter &source, const QString &name) const
{
    const QString src = QDir(m_dir).filePath(QStringLiteral("src-") + name);
    QDir(src).removeRecursively();
    if (!source.writeTo(src))
        return {};
    const QString out = QDir(m_dir).filePath(name);
    QDir().mkpath(QFileInfo(out).absolutePath());
    packio::BuildReport report;
    if (auto r = packio::PackBuilder(QDate(2026, 6, 1)).build(src, out, report); !r) {
        qWarning() << "build failed:" << r.error().message;
        for (const auto &f : report.findings)
            qWarning() << f.file << f.message;
        return {};
    }
    return out;
}

QString TestPacks::buildSigned(const PackSourceWriter &source, const QString &name,
                               const catalog::KeyPair &keys) const
{
    const QString path = build(source, name);
    if (path.isEmpty())
        return {};
    if (auto r = catalog::PackSigner(keys).sign(path); !r) {
        qWarning() << "sign failed:" << r.error().message;
        return {};
    }
    return path;
}

QString TestPacks::buildBig(const QString &packId, qint64 mediaBytes, const QString &name,
                            const catalog::KeyPair &keys) const
{
    PackSourceWriter source(packId);
    QByteArray media(mediaBytes, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(media.data()), media.size() / 4);
    source.setFile(QStringLiteral("media/big.mp4"), media);
    // The lesson shows the video so the pack stays valid (every file is used or listed).
    source.setFile(QStringLiteral("lessons/lesson-1.md"),
                   "# Big\n\n![a video still](../media/big.mp4)\n");
    return buildSigned(source, name, keys);
}

catalog::CatalogEntry TestPacks::entryFor(const QString &packPath, const QUrl &url)
{
    catalog::CatalogEntry entry;
    auto signedPack = catalog::SignedPack::read(packPath);
    if (!signedPack)
        return entry;
    packformat::Findings findings;
    const auto manifest =
        packformat::parseManifest(signedPack->manifestJson, QStringLiteral("pack.json"), findings);
    if (!manifest)
        return entry;
    entry.id = manifest->id;
    entry.version = manifest->version;
    entry.title = manifest->title;
    entry.description = manifest->description;
    entry.language = manifest->language;
    entry.tags = manifest->tags;
    entry.size = QFileInfo(packPath).size();
    entry.sha256Hex = sha256OfFile(packPath);
    entry.url = url;
    entry.signature = signedPack->signature;
    return entry;
}

QByteArray TestPacks::sha256OfFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

QByteArray TestPacks::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestPacks::writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

catalog::KeyPair TestPacks::newKeys()
{
    auto keys = catalog::Ed25519::generate();
    return keys ? *keys : catalog::KeyPair{};
}

} // namespace oht::test
