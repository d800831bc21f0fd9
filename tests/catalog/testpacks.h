#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/catalog/ed25519.h"
#include "packsourcewriter.h"

#include <QString>
#include <QUrl>

namespace oht::test {

/// Builds (and signs) real packs for the catalog tests, in a folder the test owns.
class TestPacks
{
public:
    explicit TestPacks(QString dir);

    /// `ohtpack build` of `source` to DIR/NAME; empty on failure (the test then fails).
    QString build(const PackSourceWriter &source, const QString &name) const;
    /// build() then `ohtpack sign` with `keys`.
    QString buildSigned(const PackSourceWriter &source, const QString &name,
                        const catalog::KeyPair &keys) const;
    /// A signed pack with a `media/big.mp4` of `mediaBytes` random (incompressible) bytes.
    QString buildBig(const QString &packId, qint64 mediaBytes, const QString &name,
                     const catalog::KeyPair &keys) const;

    /// The catalog entry a publisher would write for `packPath` (size, hash, manifest
    /// fields, the pack's own signature), at `url`.
    static catalog::CatalogEntry entryFor(const QString &packPath, const QUrl &url);

    static QByteArray sha256OfFile(const QString &path);
    static QByteArray readAll(const QString &path);
    static bool writeAll(const QString &path, const QByteArray &bytes);
    static catalog::KeyPair newKeys();

private:
    QString m_dir;
};

} // namespace oht::test
