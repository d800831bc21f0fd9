#pragma once

#include "oht/catalog/packstatus.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace oht::catalog {
class DownloadJob;
class DownloadQueue;
} // namespace oht::catalog

namespace oht::catalogui {

class InstallController;

/// The packs one catalog offers, each with its status against the library. While a pack
/// is in the download queue (followDownloads), its Status column says what is happening
/// ("Downloading 42 %", "Paused", "Installing…", a short failure reason) instead.
class CatalogPackModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Version, Size, Language, Status, ColumnCount };
    enum Role {
        PackIdRole = Qt::UserRole + 1,
        AvailabilityRole, ///< catalog::PackAvailability as int
        LanguageRole,     ///< the language code
        SearchTextRole,   ///< title, id, description and tags, for the text filter
        SortRole,
    };

    explicit CatalogPackModel(QObject *parent = nullptr);

    void setStatuses(QList<catalog::PackStatus> statuses);
    /// Shows the downloads of `queue` (and the refusals of `installer`, may be null) in the
    /// Status column, following their signals.
    void followDownloads(catalog::DownloadQueue *queue, const InstallController *installer);
    const QList<catalog::PackStatus> &statuses() const { return m_statuses; }
    const catalog::PackStatus *status(const QString &packId) const;
    int rowOf(const QString &packId) const;
    QStringList languages() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void watch(catalog::DownloadJob *job);
    void statusChanged(const QString &packId);
    /// What the download of `packId` is doing; empty when there is none.
    QString downloadStatus(const QString &packId, bool full) const;

    QList<catalog::PackStatus> m_statuses;
    QPointer<catalog::DownloadQueue> m_queue;
    QPointer<const InstallController> m_installer;
};

} // namespace oht::catalogui
