#pragma once

#include "oht/catalog/packstatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace oht::catalogui {

/// The packs one catalog offers, each with its status against the library.
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
    QList<catalog::PackStatus> m_statuses;
};

} // namespace oht::catalogui
