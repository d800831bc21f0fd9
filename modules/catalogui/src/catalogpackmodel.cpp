#include "oht/catalogui/catalogpackmodel.h"

#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/displaytext.h"
#include "oht/catalogui/installcontroller.h"

#include <QLocale>

namespace oht::catalogui {

CatalogPackModel::CatalogPackModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogPackModel::setStatuses(QList<catalog::PackStatus> statuses)
{
    beginResetModel();
    m_statuses = std::move(statuses);
    endResetModel();
}

void CatalogPackModel::followDownloads(catalog::DownloadQueue *queue,
                                       const InstallController *installer)
{
    m_queue = queue;
    m_installer = installer;
    using catalog::DownloadJob;
    using catalog::DownloadQueue;
    for (DownloadJob *job : queue->jobs())
        watch(job);
    connect(queue, &DownloadQueue::jobAdded, this, [this](DownloadJob *job) {
        watch(job);
        statusChanged(job->entry().id);
    });
    connect(queue, &DownloadQueue::jobRemoved, this,
            [this](DownloadJob *job) { statusChanged(job->entry().id); });
    if (installer)
        connect(installer, &InstallController::installFailed, this,
                [this](DownloadJob *job) { statusChanged(job->entry().id); });
}

void CatalogPackModel::watch(catalog::DownloadJob *job)
{
    const QString packId = job->entry().id;
    connect(job, &catalog::DownloadJob::stateChanged, this,
            [this, packId] { statusChanged(packId); });
    connect(job, &catalog::DownloadJob::progress, this, [this, packId] { statusChanged(packId); });
}

void CatalogPackModel::statusChanged(const QString &packId)
{
    const int row = rowOf(packId);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, Status);
    emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole});
}

QString CatalogPackModel::downloadStatus(const QString &packId, bool full) const
{
    const catalog::DownloadJob *job = m_queue ? m_queue->find(packId) : nullptr;
    if (!job)
        return {};
    using catalog::DownloadState;
    const qint64 total = job->bytesTotal();
    const int percent = total > 0 ? int(job->bytesReceived() * 100 / total) : 0;
    switch (job->state()) {
    case DownloadState::Queued:
        return tr("Queued");
    case DownloadState::WaitingForUnmetered:
        return tr("Queued: metered connection");
    case DownloadState::Downloading:
        return tr("Downloading %1 %").arg(QLocale().toString(percent));
    case DownloadState::Paused:
        return tr("Paused");
    case DownloadState::Verifying:
        return tr("Checking…");
    case DownloadState::Finished: {
        const QString refused = m_installer ? m_installer->errorOf(job) : QString();
        if (refused.isEmpty())
            return tr("Installing…");
        return full ? refused : tr("Not installed: %1").arg(m_installer->reasonOf(job));
    }
    case DownloadState::Failed:
        return full ? job->error().message
                    : tr("Download failed: %1").arg(DisplayText::reason(job->error().code));
    case DownloadState::Cancelled:
        break;
    }
    return {};
}

const catalog::PackStatus *CatalogPackModel::status(const QString &packId) const
{
    const int row = rowOf(packId);
    return row < 0 ? nullptr : &m_statuses.at(row);
}

int CatalogPackModel::rowOf(const QString &packId) const
{
    for (int i = 0; i < m_statuses.size(); ++i) {
        if (m_statuses.at(i).entry.id == packId)
            return i;
    }
    return -1;
}

QStringList CatalogPackModel::languages() const
{
    QStringList codes;
    for (const auto &status : m_statuses) {
        if (!codes.contains(status.entry.language))
            codes.append(status.entry.language);
    }
    codes.sort();
    return codes;
}

int CatalogPackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int CatalogPackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogPackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_statuses.size())
        return {};
    const catalog::PackStatus &status = m_statuses.at(index.row());
    const catalog::CatalogEntry &entry = status.entry;
    switch (role) {
    case PackIdRole:
        return entry.id;
    case AvailabilityRole:
        return int(status.availability);
    case LanguageRole:
        return entry.language;
    case SearchTextRole:
        return QStringList{entry.title, entry.id, entry.description, entry.tags.join(u' ')}.join(
            u'\n');
    case SortRole:
        if (index.column() == Size)
            return entry.size;
        if (index.column() == Status)
            return int(status.availability);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return entry.title;
        case Version:
            return status.availability == catalog::PackAvailability::UpdateAvailable
                       ? tr("%1 (installed: %2)")
                             .arg(entry.versionString(), status.installedVersion)
                       : entry.versionString();
        case Size:
            return DisplayText::size(entry.size);
        case Language:
            return DisplayText::language(entry.language);
        case Status:
            if (const QString download = downloadStatus(entry.id, false); !download.isEmpty())
                return download;
            return status.needsNewerApp ? tr("Needs a newer app")
                                        : DisplayText::availability(status.availability);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return entry.description;
        if (index.column() == Status)
            return downloadStatus(entry.id, true); // the whole reason of a failure
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant CatalogPackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Course");
    case Version:
        return tr("Version");
    case Size:
        return tr("Size");
    case Language:
        return tr("Language");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace oht::catalogui
