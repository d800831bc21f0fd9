#pragma once

#include <QString>
#include <QUrl>

namespace oht::catalog {

/// Where a catalog comes from: an http(s) URL of a catalog.json, or a local folder (a USB
/// drive) holding catalog.json and the packs.
struct CatalogSource
{
    QString name; ///< shown to the user
    QUrl url;     ///< http(s)://…/catalog.json, or file:///media/usb/packs (folder or file)

    bool isLocal() const { return url.isLocalFile(); }
    /// The URL of the catalog document itself: a folder gets "/catalog.json" appended.
    QUrl documentUrl() const;

    static CatalogSource fromFolder(const QString &folder, const QString &name = {});
    friend bool operator==(const CatalogSource &a, const CatalogSource &b) = default;
};

} // namespace oht::catalog
