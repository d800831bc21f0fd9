#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace oht::catalog {

/// A parsed catalog document (docs/catalog-format.md).
struct Catalog
{
    int formatVersion = 1;
    QString title;
    QUrl url; ///< where it was read from; relative pack URLs are resolved against it
    QList<CatalogEntry> packs;

    const CatalogEntry *find(const QString &packId) const;

    /// Parses catalog.json read from `url`. Refuses (with a message naming the entry and
    /// the field) malformed JSON, a newer formatVersion, a missing or invalid field, a
    /// duplicate pack id, and a pack URL a remote catalog may not use (a local file).
    static Result<Catalog> parse(const QByteArray &json, const QUrl &url);
    /// Writes catalog.json with stable key order; URLs are written as given in `packs`,
    /// relative to `url` when they share its folder.
    QByteArray toJson() const;
};

/// Catalog documents larger than this are refused.
inline constexpr qint64 kMaxCatalogBytes = 16LL * 1024 * 1024;

} // namespace oht::catalog
