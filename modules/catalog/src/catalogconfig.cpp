#include "oht/catalog/catalogconfig.h"

#include "cataloglog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oht::catalog {

namespace {

constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::CatalogConfig", text);
}

} // namespace

CatalogConfig::CatalogConfig(QString dataDir, CatalogDefaults defaults)
    : m_dataDir(std::move(dataDir)), m_defaults(std::move(defaults))
{}

QString CatalogConfig::filePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("catalogs.json"));
}

Result<void> CatalogConfig::load()
{
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("catalog.config-unreadable"),
                         tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxConfigBytes), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::io(
            QStringLiteral("catalog.config-damaged"),
            tr("%1 is damaged; fix or delete it to start from the defaults.").arg(file.fileName()));
    const QJsonObject root = document.object();
    m_addedCatalogs.clear();
    m_removedCatalogs.clear();
    m_addedKeys.clear();
    m_removedKeys.clear();
    m_avoidMetered = root.value(QStringLiteral("avoidMeteredDownloads")).toBool();
    for (const auto &value : root.value(QStringLiteral("catalogs")).toArray()) {
        const QJsonObject object = value.toObject();
        const QUrl url(object.value(QStringLiteral("url")).toString());
        if (url.isValid() && !url.isEmpty())
            m_addedCatalogs.append({object.value(QStringLiteral("name")).toString(), url});
    }
    for (const auto &value : root.value(QStringLiteral("removedCatalogs")).toArray())
        m_removedCatalogs.append(QUrl(value.toString()));
    for (const auto &value : root.value(QStringLiteral("trustedKeys")).toArray()) {
        const QJsonObject object = value.toObject();
        auto key = PublisherKey::fromBase64(object.value(QStringLiteral("name")).toString(),
                                            object.value(QStringLiteral("publicKey")).toString());
        if (key)
            m_addedKeys.append(*key);
        else
            qCWarning(lcCatalog) << "ignoring a malformed key in" << file.fileName();
    }
    for (const auto &value : root.value(QStringLiteral("removedKeys")).toArray())
        m_removedKeys.append(value.toString());
    return {};
}

Result<void> CatalogConfig::save() const
{
    QJsonArray catalogs;
    for (const auto &source : m_addedCatalogs)
        catalogs.append(QJsonObject{{QStringLiteral("name"), source.name},
                                    {QStringLiteral("url"), source.url.toString()}});
    QJsonArray removedCatalogs;
    for (const auto &url : m_removedCatalogs)
        removedCatalogs.append(url.toString());
    QJsonArray keys;
    for (const auto &key : m_addedKeys)
        keys.append(QJsonObject{{QStringLiteral("name"), key.name},
                                {QStringLiteral("publicKey"), key.publicKeyBase64()}});
    const QJsonObject root{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("avoidMeteredDownloads"), m_avoidMetered},
        {QStringLiteral("catalogs"), catalogs},
        {QStringLiteral("removedCatalogs"), removedCatalogs},
        {QStringLiteral("trustedKeys"), keys},
        {QStringLiteral("removedKeys"), QJsonArray::fromStringList(m_removedKeys)}};
    QDir().mkpath(m_dataDir);
    QSaveFile file(filePath());
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(QStringLiteral("catalog.config-write-failed"),
                         tr("Cannot write %1: %2").arg(filePath(), file.errorString()));
    return {};
}

QList<CatalogSource> CatalogConfig::catalogs() const
{
    QList<CatalogSource> list;
    auto addUnique = [&](const CatalogSource &source) {
        if (m_removedCatalogs.contains(source.url))
            return;
        for (const auto &existing : std::as_const(list))
            if (existing.url == source.url)
                return;
        list.append(source);
    };
    for (const auto &source : m_defaults.catalogs)
        addUnique(source);
    for (const auto &source : m_addedCatalogs)
        addUnique(source);
    return list;
}

TrustedKeys CatalogConfig::trustedKeys() const
{
    TrustedKeys keys;
    for (const auto &key : m_defaults.trustedKeys)
        if (!m_removedKeys.contains(key.keyId()))
            keys.add(key);
    for (const auto &key : m_addedKeys)
        keys.add(key);
    return keys;
}

void CatalogConfig::addCatalog(const CatalogSource &source)
{
    m_removedCatalogs.removeAll(source.url);
    m_addedCatalogs.removeIf([&](const CatalogSource &s) { return s.url == source.url; });
    m_addedCatalogs.append(source);
}

void CatalogConfig::removeCatalog(const QUrl &url)
{
    m_addedCatalogs.removeIf([&](const CatalogSource &s) { return s.url == url; });
    for (const auto &source : std::as_const(m_defaults.catalogs))
        if (source.url == url && !m_removedCatalogs.contains(url))
            m_removedCatalogs.append(url);
}

void CatalogConfig::addTrustedKey(const PublisherKey &key)
{
    m_removedKeys.removeAll(key.keyId());
    m_addedKeys.removeIf([&](const PublisherKey &k) { return k.publicKey == key.publicKey; });
    m_addedKeys.append(key);
}

void CatalogConfig::removeTrustedKey(const QString &keyId)
{
    m_addedKeys.removeIf([&](const PublisherKey &k) { return k.keyId() == keyId; });
    for (const auto &key : std::as_const(m_defaults.trustedKeys))
        if (key.keyId() == keyId && !m_removedKeys.contains(keyId))
            m_removedKeys.append(keyId);
}

} // namespace oht::catalog
