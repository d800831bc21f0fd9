#pragma once

#include "oht/library/packsummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace oht::ui {

/// The installed courses as a table: title, language, version, size.
/// Display text is formatted for people; SortRole gives raw values so sorting by
/// size or version is numeric, not alphabetical.
class PackListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, LanguageColumn, VersionColumn, SizeColumn, ColumnCount };
    enum Role { PackIdRole = Qt::UserRole + 1, SortRole, ReviewPassedRole };

    explicit PackListModel(QObject *parent = nullptr);

    void setPacks(QList<library::PackSummary> packs);
    const QList<library::PackSummary> &packs() const { return m_packs; }
    /// Row of a pack id, or -1.
    int rowOf(const QString &packId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "English (United Kingdom)" for "en-GB", in the UI language; the tag if unknown.
    static QString languageName(const QString &tag);

private:
    QList<library::PackSummary> m_packs;
};

} // namespace oht::ui
