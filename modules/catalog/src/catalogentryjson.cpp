#include "catalogentryjson.h"

#include "oht/catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace oht::catalog {

namespace {

QString relativeUrl(const QUrl &url, const QUrl &base)
{
    const QString full = url.toString(QUrl::FullyEncoded);
    if (base.isEmpty())
        return full;
    const QString folder =
        base.adjusted(QUrl::RemoveFilename | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::FullyEncoded);
    if (!folder.isEmpty() && full.startsWith(folder) && full.size() > folder.size())
        return full.mid(folder.size());
    return full;
}

} // namespace

QJsonObject entryToJson(const CatalogEntry &entry, const QUrl &base)
{
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("version"), entry.version.toString()},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("description"), entry.description},
        {QStringLiteral("language"), entry.language},
        {QStringLiteral("tags"), QJsonArray::fromStringList(entry.tags)},
        {QStringLiteral("size"), double(entry.size)},
        {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256Hex)},
        {QStringLiteral("url"), relativeUrl(entry.url, base)},
        {QStringLiteral("changelog"), entry.changelog},
    };
    if (entry.minAppVersion != SemVer())
        object.insert(QStringLiteral("minAppVersion"), entry.minAppVersion.toString());
    if (entry.signature)
        object.insert(QStringLiteral("signature"), entry.signature->toJson());
    return object;
}

Result<CatalogEntry> entryFromJson(const QJsonObject &object)
{
    // The same checks as a catalog's entries; the URL is absolute, so it is its own base.
    const QUrl url(object.value(QStringLiteral("url")).toString());
    const QJsonObject document{{QStringLiteral("formatVersion"), 1},
                               {QStringLiteral("packs"), QJsonArray{object}}};
    auto catalog = Catalog::parse(QJsonDocument(document).toJson(QJsonDocument::Compact), url);
    if (!catalog)
        return catalog.error();
    return catalog->packs.constFirst();
}

} // namespace oht::catalog
