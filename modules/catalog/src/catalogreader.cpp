#include "catalogreader.h"

#include "oht/core/appinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace oht::catalog {

namespace {

constexpr qint64 kMaxPackBytes = 64LL * 1024 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::CatalogReader", text);
}

bool isPackId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9.-]{2,99}$"));
    return pattern.match(id).hasMatch();
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

} // namespace

Error CatalogReader::invalid(const QString &where, const QString &message) const
{
    return Error::invalid(QStringLiteral("catalog.invalid"),
                          tr("The catalog %1 is invalid: %2: %3")
                              .arg(m_url.toDisplayString(QUrl::PreferLocalFile), where, message));
}

Result<Catalog> CatalogReader::read(const QByteArray &json) const
{
    if (json.size() > kMaxCatalogBytes)
        return invalid(tr("the document"),
                       tr("it is larger than %1 MiB.").arg(kMaxCatalogBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("the document"), tr("it is not valid JSON (%1 at byte %2).")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    if (!document.isObject())
        return invalid(tr("the document"), tr("it is not a JSON object."));
    const QJsonObject root = document.object();

    Catalog catalog;
    catalog.url = m_url;
    const QJsonValue format = root.value(QStringLiteral("formatVersion"));
    if (!isWholeNumber(format) || format.toDouble() < 1)
        return invalid(QStringLiteral("formatVersion"), tr("it must be a whole number from 1."));
    if (format.toDouble() > 1)
        return Error::invalid(QStringLiteral("catalog.unsupported-format"),
                              tr("The catalog %1 has format %2; this app reads format 1. Update "
                                 "the app.")
                                  .arg(m_url.toDisplayString(QUrl::PreferLocalFile))
                                  .arg(format.toDouble()));
    catalog.formatVersion = 1;
    catalog.title = root.value(QStringLiteral("title")).toString();
    const QJsonValue packs = root.value(QStringLiteral("packs"));
    if (!packs.isArray())
        return invalid(QStringLiteral("packs"), tr("it must be a list."));

    QSet<QString> ids;
    const QJsonArray list = packs.toArray();
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalid(tr("pack %1").arg(i + 1), tr("it must be an object."));
        auto entry = readEntry(list.at(i).toObject(), i);
        if (!entry)
            return entry.error();
        if (ids.contains(entry->id))
            return invalid(tr("pack %1 (%2)").arg(i + 1).arg(entry->id),
                           tr("the id is listed twice."));
        ids.insert(entry->id);
        catalog.packs.append(std::move(entry).value());
    }
    return catalog;
}

Result<CatalogEntry> CatalogReader::readEntry(const QJsonObject &object, int index) const
{
    CatalogEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    QString where = tr("pack %1").arg(index + 1);
    if (!isPackId(entry.id))
        return invalid(where, tr("\"id\" must be a pack id (3-100 characters of a-z 0-9 . -)."));
    where = tr("pack %1 (%2)").arg(index + 1).arg(entry.id);

    const auto version = SemVer::parse(object.value(QStringLiteral("version")).toString());
    if (!version)
        return invalid(where, tr("\"version\" must be a semantic version such as 1.2.0."));
    entry.version = *version;
    entry.title = object.value(QStringLiteral("title")).toString();
    if (entry.title.isEmpty() || entry.title.size() > 200)
        return invalid(where, tr("\"title\" must be 1-200 characters."));
    entry.description = object.value(QStringLiteral("description")).toString();
    entry.language = object.value(QStringLiteral("language")).toString();
    if (entry.language.isEmpty())
        return invalid(where, tr("\"language\" is missing."));
    for (const auto &tag : object.value(QStringLiteral("tags")).toArray())
        entry.tags << tag.toString();
    entry.changelog = object.value(QStringLiteral("changelog")).toString();

    const QJsonValue size = object.value(QStringLiteral("size"));
    if (!isWholeNumber(size) || size.toDouble() < 1 || size.toDouble() > double(kMaxPackBytes))
        return invalid(where, tr("\"size\" must be a whole number of bytes (at most 64 GiB)."));
    entry.size = qint64(size.toDouble());
    const QString sha = object.value(QStringLiteral("sha256")).toString();
    if (!isSha256Hex(sha))
        return invalid(where, tr("\"sha256\" must be 64 lower-case hex characters."));
    entry.sha256Hex = sha.toLatin1();

    auto url = resolveUrl(object.value(QStringLiteral("url")).toString(), where);
    if (!url)
        return url.error();
    entry.url = *url;

    if (object.contains(QStringLiteral("minAppVersion"))) {
        const auto min = SemVer::parse(object.value(QStringLiteral("minAppVersion")).toString());
        if (!min)
            return invalid(where, tr("\"minAppVersion\" must be a semantic version."));
        entry.minAppVersion = *min;
    }
    if (object.contains(QStringLiteral("signature"))) {
        auto signature =
            PackSignature::fromJson(object.value(QStringLiteral("signature")).toObject(),
                                    tr("the catalog entry %1").arg(entry.id));
        if (!signature)
            return signature.error();
        entry.signature = *signature;
    }
    return entry;
}

Result<QUrl> CatalogReader::resolveUrl(const QString &text, const QString &where) const
{
    if (text.isEmpty())
        return invalid(where, tr("\"url\" is missing."));
    const QUrl relative(text, QUrl::StrictMode);
    if (!relative.isValid())
        return invalid(where, tr("\"url\" is not a valid URL."));
    const QUrl url = m_url.resolved(relative);
    const QString scheme = url.scheme();
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    // A catalog on the web may not send the app to read local files; a USB catalog may
    // point at the web (then the pack is downloaded).
    if (!web && !(url.isLocalFile() && m_url.isLocalFile()))
        return invalid(where, tr("\"url\" must be an http(s) address or, in a local catalog, a "
                                 "file next to it."));
    return url;
}

} // namespace oht::catalog
