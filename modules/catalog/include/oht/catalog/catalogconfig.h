#pragma once

#include "oht/catalog/catalogsource.h"
#include "oht/catalog/trustedkeys.h"
#include "oht/core/result.h"

#include <QList>
#include <QString>

namespace oht::catalog {

/// What the app ships with; passed in by main(), never hard-coded in the module.
struct CatalogDefaults
{
    QList<CatalogSource> catalogs;
    QList<PublisherKey> trustedKeys;
};

/// The user's catalogs and trusted keys: the shipped defaults plus what the user added,
/// kept in `<dataDir>/catalogs.json` (docs/catalog-format.md, "Configuration").
/// Defaults are not copied into the file: a newer app's defaults apply at once, and a
/// default the user removed is remembered as removed.
class CatalogConfig
{
public:
    CatalogConfig(QString dataDir, CatalogDefaults defaults);

    /// Reads the file if it exists; a missing file is an empty user configuration.
    Result<void> load();
    /// Writes the file atomically (QSaveFile).
    Result<void> save() const;

    QList<CatalogSource> catalogs() const;
    TrustedKeys trustedKeys() const;
    bool avoidMeteredDownloads() const { return m_avoidMetered; }

    void addCatalog(const CatalogSource &source);
    void removeCatalog(const QUrl &url);
    void addTrustedKey(const PublisherKey &key);
    void removeTrustedKey(const QString &keyId);
    void setAvoidMeteredDownloads(bool avoid) { m_avoidMetered = avoid; }

    QString filePath() const;

private:
    QString m_dataDir;
    CatalogDefaults m_defaults;
    QList<CatalogSource> m_addedCatalogs;
    QList<QUrl> m_removedCatalogs;
    QList<PublisherKey> m_addedKeys;
    QStringList m_removedKeys;
    bool m_avoidMetered = false;
};

} // namespace oht::catalog
