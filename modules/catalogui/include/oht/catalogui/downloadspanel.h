#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace oht::catalog {
class CatalogConfig;
class DownloadJob;
class DownloadQueue;
} // namespace oht::catalog

namespace oht::catalogui {

class DownloadRow;
class InstallController;

/// The download queue: one row per download, and the "Don't download on metered
/// connections" option (saved in the catalog configuration).
class DownloadsPanel : public QWidget
{
    Q_OBJECT
public:
    DownloadsPanel(catalog::DownloadQueue &queue, catalog::CatalogConfig &config,
                   InstallController &installer, QWidget *parent = nullptr);

    DownloadRow *row(const QString &packId) const;
    QCheckBox *meteredCheckBox() const { return m_metered; }

signals:
    /// Saving the metered option failed.
    void message(const QString &text);

private:
    void addRow(catalog::DownloadJob *job);
    void removeRow(catalog::DownloadJob *job);
    void updateEmpty();

    catalog::DownloadQueue &m_queue;
    catalog::CatalogConfig &m_config;
    QCheckBox *m_metered;
    QLabel *m_empty;
    QVBoxLayout *m_rows;
    QHash<catalog::DownloadJob *, DownloadRow *> m_rowOf;
};

} // namespace oht::catalogui
