#pragma once

#include "oht/catalog/catalog.h"

#include <QJsonObject>

namespace oht::catalog {

/// Reads one catalog document into a Catalog, checking every field
/// (docs/catalog-format.md). The first problem refuses the whole catalog: a catalog is
/// written by a tool, so a broken one is a publisher's bug to fix, not to guess around.
class CatalogReader
{
public:
    explicit CatalogReader(QUrl url) : m_url(std::move(url)) {}

    Result<Catalog> read(const QByteArray &json) const;

private:
    Result<CatalogEntry> readEntry(const QJsonObject &object, int index) const;
    Result<QUrl> resolveUrl(const QString &text, const QString &where) const;
    Error invalid(const QString &where, const QString &message) const;

    QUrl m_url;
};

} // namespace oht::catalog
