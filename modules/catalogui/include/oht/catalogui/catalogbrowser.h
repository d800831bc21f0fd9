#pragma once

#include "oht/catalog/catalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableView;

namespace oht::library {
class Library;
}
namespace oht::catalog {
class CatalogConfig;
class CatalogLoader;
class DownloadQueue;
} // namespace oht::catalog

namespace oht::catalogui {

class CatalogFilterModel;
class CatalogPackModel;
class DownloadsPanel;
class InstallController;
class PackDetailsPanel;

/// "Get Courses": the catalog sources (the default one and the learner's: web addresses
/// and folders such as a USB stick), the packs of the chosen catalog with their status,
/// filters, the details of one pack, and the download queue.
class CatalogBrowser : public QDialog
{
    Q_OBJECT
public:
    CatalogBrowser(library::Library &library, catalog::CatalogConfig &config,
                   catalog::DownloadQueue &queue, InstallController &installer,
                   QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~CatalogBrowser() override;

    /// Adds a catalog from a web address or folder path; false (message shown) if refused.
    bool addSource(const QString &text);
    void removeCurrentSource();
    void selectSource(int index);
    /// Re-reads the chosen catalog.
    void reload();
    /// Re-computes what is installed (after an install or a removal).
    void refreshStatuses();
    bool selectPack(const QString &packId);
    void downloadPack(const QString &packId);
    void showKeys();

    const catalog::Catalog &catalog() const { return m_catalog; }
    QComboBox *sourceCombo() const { return m_sources; }
    QLineEdit *addSourceField() const { return m_addField; }
    QPushButton *addSourceButton() const { return m_addButton; }
    QLabel *messageLabel() const { return m_message; }
    QLineEdit *filterField() const { return m_filterText; }
    QComboBox *languageFilter() const { return m_languageFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QTableView *table() const { return m_table; }
    CatalogPackModel *model() const { return m_model; }
    PackDetailsPanel *details() const { return m_details; }
    DownloadsPanel *downloads() const { return m_downloads; }

signals:
    /// A course was installed or updated from a catalog.
    void libraryChanged(const QString &packId);
    void catalogLoaded();
    void catalogFailed(const QString &message);

private:
    QWidget *createSourceBar();
    QWidget *createPackArea();
    void reloadSources(int select = 0);
    void chooseFolder();
    void onLoaded(const catalog::Catalog &catalog);
    void onFailed(const QString &message);
    void updateLanguages();
    void updateDetails();
    QString currentPackId() const;
    void setMessage(const QString &text, bool problem);

    library::Library &m_library;
    catalog::CatalogConfig &m_config;
    catalog::DownloadQueue &m_queue;
    catalog::CatalogLoader *m_loader;
    catalog::Catalog m_catalog;
    CatalogPackModel *m_model;
    CatalogFilterModel *m_filter;
    QComboBox *m_sources = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_removeSource = nullptr;
    QLineEdit *m_addField = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_languageFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_table = nullptr;
    PackDetailsPanel *m_details = nullptr;
    DownloadsPanel *m_downloads = nullptr;
};

} // namespace oht::catalogui
