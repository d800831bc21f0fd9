#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace oht::library {
class Library;
}
namespace oht::catalog {
class CatalogConfig;
class DownloadJob;
class DownloadQueue;
} // namespace oht::catalog

namespace oht::catalogui {

/// Installs every download the queue finishes: PackInstaller checks it (size, SHA-256,
/// signature against the trusted keys, no downgrade) and imports it atomically. A refused
/// pack stays in the queue with the specific message; the library is unchanged.
class InstallController : public QObject
{
    Q_OBJECT
public:
    InstallController(library::Library &library, catalog::CatalogConfig &config,
                      catalog::DownloadQueue &queue, QObject *parent = nullptr);

    /// The refusal of a finished download, empty if none.
    QString errorOf(const catalog::DownloadJob *job) const;

signals:
    /// `message` says what was installed (and, for an update, what changed).
    void installed(const QString &packId, const QString &message);
    void installFailed(oht::catalog::DownloadJob *job, const QString &message);

private:
    void install(catalog::DownloadJob *job, const QString &filePath);

    library::Library &m_library;
    catalog::CatalogConfig &m_config;
    catalog::DownloadQueue &m_queue;
    QHash<const catalog::DownloadJob *, QString> m_errors;
};

} // namespace oht::catalogui
