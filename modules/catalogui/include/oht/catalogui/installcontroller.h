#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QThread;

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
///
/// The check and import run in a worker thread with its own Library on the same data
/// folder (Library objects are per thread), one pack at a time, so a large pack never
/// freezes the window.
class InstallController : public QObject
{
    Q_OBJECT
public:
    InstallController(library::Library &library, catalog::CatalogConfig &config,
                      catalog::DownloadQueue &queue, QObject *parent = nullptr);
    /// Waits for an install in progress (it is atomic, but it is never cut short).
    ~InstallController() override;

    /// The refusal of a finished download, empty if none.
    QString errorOf(const catalog::DownloadJob *job) const;
    /// The refusal in a few words ("signature not trusted"), empty if none.
    QString reasonOf(const catalog::DownloadJob *job) const;
    bool isInstalling() const { return m_worker != nullptr; }

signals:
    /// `message` says what was installed (and, for an update, what changed).
    void installed(const QString &packId, const QString &message);
    void installFailed(oht::catalog::DownloadJob *job, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString packId;
        QString message;
        QString errorCode; ///< the Error's code when refused
    };
    void enqueue(catalog::DownloadJob *job, const QString &filePath);
    void startNext();
    void finish(catalog::DownloadJob *job, const Outcome &outcome);

    library::Library &m_library;
    catalog::CatalogConfig &m_config;
    catalog::DownloadQueue &m_queue;
    QHash<const catalog::DownloadJob *, QString> m_errors;
    QHash<const catalog::DownloadJob *, QString> m_errorCodes;
    QList<QPair<QPointer<catalog::DownloadJob>, QString>> m_pending;
    QThread *m_worker = nullptr;
};

} // namespace oht::catalogui
