#include "catalogfixture.h"

#include "testpacks.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>

namespace oht::test {

CatalogFixture::CatalogFixture() : m_keys(TestPacks::newKeys()), m_foreignKeys(TestPacks::newKeys())
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = std::move(library::Library::open(dataDir())).value();
    catalog::CatalogDefaults defaults;
    defaults.trustedKeys = {{QStringLiteral("Test Publisher"), m_keys.publicKey}};
    m_config = std::make_unique<catalog::CatalogConfig>(dataDir(), defaults);
    (void)m_config->load();
    catalog::DownloadOptions options;
    options.transferTimeoutMs = 60'000; // tests stall connections on purpose
    options.retryDelayMs = 100;
    m_queue = std::make_unique<catalog::DownloadQueue>(
        &m_network, dataDir() + QStringLiteral("/downloads"), nullptr, options);
}

CatalogFixture::~CatalogFixture() = default;

QString CatalogFixture::filePath(const QString &relative) const
{
    return m_dir.filePath(relative);
}

QString CatalogFixture::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

catalog::CatalogEntry CatalogFixture::buildPack(const PackSpec &spec, const QString &dir,
                                                const QUrl &url)
{
    PackSourceWriter source(spec.id, spec.version);
    source.manifest()[QStringLiteral("title")] = spec.title;
    source.manifest()[QStringLiteral("language")] = spec.language;
    if (!spec.tags.isEmpty())
        source.manifest()[QStringLiteral("tags")] = QJsonArray::fromStringList(spec.tags);
    if (spec.secondLesson) {
        QJsonArray modules = source.manifest()[QStringLiteral("modules")].toArray();
        QJsonObject module = modules.first().toObject();
        QJsonArray items = module[QStringLiteral("items")].toArray();
        items.append(QJsonObject{{"id", "lesson-2"},
                                 {"type", "lesson"},
                                 {"title", "Second lesson"},
                                 {"file", "lessons/lesson-2.md"}});
        module[QStringLiteral("items")] = items;
        modules[0] = module;
        source.manifest()[QStringLiteral("modules")] = modules;
        source.setFile(QStringLiteral("lessons/lesson-2.md"),
                       "# Second lesson\n\nClean water saves lives.\n");
    }
    const QString name = QStringLiteral("%1-%2.ohtpack").arg(spec.id, spec.version);
    const QString path =
        TestPacks(dir).buildSigned(source, name, spec.foreignKey ? m_foreignKeys : m_keys);
    if (path.isEmpty())
        return {};
    catalog::CatalogEntry entry =
        TestPacks::entryFor(path, url.isEmpty() ? QUrl::fromLocalFile(path) : url);
    entry.changelog = spec.changelog;
    if (spec.badSignature && entry.signature)
        entry.signature->signature[5] = char(entry.signature->signature.at(5) ^ 0x01);
    return entry;
}

QString CatalogFixture::writeFolderCatalog(const QString &name, const QList<PackSpec> &specs)
{
    const QString folder = m_dir.filePath(name);
    catalog::Catalog catalog;
    catalog.title = name;
    catalog.url = QUrl::fromLocalFile(folder + QStringLiteral("/catalog.json"));
    for (const PackSpec &spec : specs)
        catalog.packs << buildPack(spec, folder + QStringLiteral("/packs"));
    if (!TestPacks::writeAll(folder + QStringLiteral("/catalog.json"), catalog.toJson()))
        return {};
    return folder;
}

bool CatalogFixture::install(const PackSpec &spec)
{
    const auto entry = buildPack(spec, m_dir.filePath(QStringLiteral("installed")));
    return !entry.id.isEmpty() && m_library->importPack(entry.url.toLocalFile()).ok();
}

QStringList CatalogFixture::installedIds() const
{
    QStringList ids;
    if (const auto packs = m_library->packs()) {
        for (const auto &pack : *packs)
            ids << QStringLiteral("%1@%2").arg(pack.id, pack.version);
    }
    ids.sort();
    return ids;
}

} // namespace oht::test
