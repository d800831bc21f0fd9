#pragma once

#include "oht/catalog/catalog.h"
#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalog/ed25519.h"
#include "oht/library/library.h"
#include "tempdatadir.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <memory>

namespace oht::test {

/// One pack of a test catalog.
struct PackSpec
{
    PackSpec() = default;
    explicit PackSpec(QString packId) : id(std::move(packId)) {}

    QString id;
    QString version = QStringLiteral("1.0.0");
    QString title = QStringLiteral("Test pack");
    QString language = QStringLiteral("en");
    QStringList tags;
    QString changelog;
    bool secondLesson = false; ///< adds lesson-2 (an update that adds a lesson)
    bool badSignature = false; ///< the catalog's signature of it has a flipped bit
    bool foreignKey = false;   ///< signed with a key the app does not trust
};

/// A temporary data folder with a library, a catalog configuration that trusts one test
/// publisher key, a download queue, and helpers that write signed packs and catalogs.
class CatalogFixture
{
public:
    CatalogFixture();
    ~CatalogFixture();

    /// A folder catalog (catalog.json + packs/, like a USB stick) under the temp folder.
    QString writeFolderCatalog(const QString &name, const QList<PackSpec> &specs);
    /// Builds and signs one pack; its catalog entry at `url` (the file itself when empty).
    catalog::CatalogEntry buildPack(const PackSpec &spec, const QString &dir, const QUrl &url = {});
    /// Imports a pack straight into the library (what an earlier install left).
    bool install(const PackSpec &spec);

    QString filePath(const QString &relative) const;
    QString dataDir() const;
    library::Library &library() { return *m_library; }
    catalog::CatalogConfig &config() { return *m_config; }
    catalog::DownloadQueue &queue() { return *m_queue; }
    QNetworkAccessManager &network() { return m_network; }
    const catalog::KeyPair &keys() const { return m_keys; }
    QStringList installedIds() const;

private:
    TempDataDir m_dir;
    catalog::KeyPair m_keys;
    catalog::KeyPair m_foreignKeys;
    QNetworkAccessManager m_network;
    std::unique_ptr<library::Library> m_library;
    std::unique_ptr<catalog::CatalogConfig> m_config;
    std::unique_ptr<catalog::DownloadQueue> m_queue;
};

} // namespace oht::test
