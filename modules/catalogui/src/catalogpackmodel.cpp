#include "oht/catalogui/catalogpackmodel.h"

#include "oht/catalogui/displaytext.h"

#include <QLocale>

namespace oht::catalogui {

CatalogPackModel::CatalogPackModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogPackModel::setStatuses(QList<catalog::PackStatus> statuses)
{
    beginResetModel();
    m_statuses = std::move(statuses);
    endResetModel();
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
            return status.needsNewerApp ? tr("Needs a newer app")
                                        : DisplayText::availability(status.availability);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return entry.description;
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
