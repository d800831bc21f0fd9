#pragma once

#include "oht/catalog/catalog.h"
#include "oht/core/result.h"

#include <QString>
#include <QStringList>

namespace oht::catalog {

/// Writes a catalog for a folder of signed packs (`ohtpack catalog DIR -o catalog.json`):
/// finds every .ohtpack under the folder, checks it as the app will (valid content,
/// signed), and fills in size, SHA-256, the manifest's fields, the pack's signature, its
/// CHANGELOG.md and a URL relative to the catalog file. When a folder holds several
/// versions of one pack, the newest is listed.
class CatalogBuilder
{
public:
    explicit CatalogBuilder(QString title = {}) : m_title(std::move(title)) {}

    /// `catalogPath` is where catalog.json will be written; every pack must lie in its
    /// folder or below (the folder is what gets copied to a web server or a USB stick).
    /// `notes` receives one line per pack left out as older, in path order.
    Result<Catalog> build(const QString &packsDir, const QString &catalogPath,
                          QStringList *notes = nullptr) const;

    /// build() and write the file atomically.
    Result<Catalog> write(const QString &packsDir, const QString &catalogPath,
                          QStringList *notes = nullptr) const;

private:
    QString m_title;
};

} // namespace oht::catalog
