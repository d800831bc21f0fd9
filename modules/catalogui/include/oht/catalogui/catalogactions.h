#pragma once

#include "oht/catalog/catalogconfig.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QNetworkAccessManager;
class QWidget;

namespace oht::library {
class Library;
}
namespace oht::catalog {
class CatalogConfig;
class DownloadQueue;
} // namespace oht::catalog

namespace oht::catalogui {

class CatalogBrowser;
class DownloadIndicator;
class InstallController;
class RestoredDownloadsNotice;

/// What the main window gets from the catalog GUI: the "Get Courses…" and "Export
/// Course…" actions, the status-bar download indicator, and the (lazily created) catalog
/// browser. The catalog objects themselves are made by main() and passed in.
class CatalogActions : public QObject
{
    Q_OBJECT
public:
    /// `window` parents the browser and dialogs.
    CatalogActions(library::Library &library, catalog::CatalogConfig &config,
                   catalog::DownloadQueue &queue, QNetworkAccessManager *network, QWidget *window);
    ~CatalogActions() override;

    QAction *getCoursesAction() const { return m_getCourses; }
    QAction *exportAction() const { return m_export; }
    DownloadIndicator *indicator() const;
    /// "2 downloads were paused when the app closed — Resume All", for the status bar
    /// (hidden when there are none). Downloads restored after this was made are not in it.
    RestoredDownloadsNotice *restoredNotice() const;
    InstallController *installer() const { return m_installer; }
    /// Opens (creating it on first use) and raises the browser.
    CatalogBrowser *showBrowser();
    CatalogBrowser *browser() const;

    /// The shipped defaults from the build's settings: `catalogUrl` (may be empty) and
    /// `keys`, "Name=base64key" entries separated by ';'. A malformed key is left out and
    /// named in `problems`.
    static catalog::CatalogDefaults defaultsFrom(const QString &catalogUrl, const QString &keys,
                                                 QStringList *problems = nullptr);

    /// Which course "Export Course…" exports (the selected or open one).
    void setCurrentPackProvider(std::function<QString()> provider);
    void exportCurrent();

public slots:
    /// The library changed elsewhere (import, removal): the browser's statuses follow.
    void libraryRefreshed();

signals:
    /// A course was installed or updated from a catalog.
    void libraryChanged(const QString &packId);

private:
    library::Library &m_library;
    catalog::CatalogConfig &m_config;
    catalog::DownloadQueue &m_queue;
    QNetworkAccessManager *m_network;
    QWidget *m_window;
    InstallController *m_installer;
    QPointer<DownloadIndicator> m_indicator;      ///< owned by the status bar once placed there
    QPointer<RestoredDownloadsNotice> m_restored; ///< likewise
    QAction *m_getCourses;
    QAction *m_export;
    QPointer<CatalogBrowser> m_browser;
    std::function<QString()> m_currentPack;
};

} // namespace oht::catalogui
