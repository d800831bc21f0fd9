#include "oht/catalog/catalogsource.h"

#include <QDir>
#include <QFileInfo>

namespace oht::catalog {

QUrl CatalogSource::documentUrl() const
{
    if (!isLocal()) {
        // A remote folder URL ("https://example.org/packs/") names its catalog.json.
        if (url.path().endsWith(QLatin1Char('/')))
            return url.resolved(QUrl(QStringLiteral("catalog.json")));
        return url;
    }
    const QString path = url.toLocalFile();
    if (QFileInfo(path).isDir())
        return QUrl::fromLocalFile(QDir(path).filePath(QStringLiteral("catalog.json")));
    return url;
}

CatalogSource CatalogSource::fromFolder(const QString &folder, const QString &name)
{
    const QString absolute = QDir(folder).absolutePath();
    return {name.isEmpty() ? QDir(absolute).dirName() : name, QUrl::fromLocalFile(absolute)};
}

} // namespace oht::catalog
