#include "oht/catalog/catalog.h"

#include "catalogentryjson.h"
#include "catalogreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oht::catalog {

const CatalogEntry *Catalog::find(const QString &packId) const
{
    for (const auto &entry : packs)
        if (entry.id == packId)
            return &entry;
    return nullptr;
}

Result<Catalog> Catalog::parse(const QByteArray &json, const QUrl &url)
{
    return CatalogReader(url).read(json);
}

QByteArray Catalog::toJson() const
{
    QJsonArray list;
    for (const auto &entry : packs)
        list.append(entryToJson(entry, url));
    const QJsonObject root{{QStringLiteral("formatVersion"), formatVersion},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("packs"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace oht::catalog
