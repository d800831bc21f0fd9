#pragma once

#include "oht/library/packsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace oht::ui {

/// The installed courses as a table: title, language, version, size, and how much of each
/// the current learner has completed.
/// Display text is formatted for people; SortRole gives raw values so sorting by
/// size or version is numeric, not alphabetical.
class PackListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        LanguageColumn,
        VersionColumn,
        SizeColumn,
        CompletionColumn,
        ColumnCount
    };
    enum Role { PackIdRole = Qt::UserRole + 1, SortRole, ReviewPassedRole };

    explicit PackListModel(QObject *parent = nullptr);

    void setPacks(QList<library::PackSummary> packs);
    const QList<library::PackSummary> &packs() const { return m_packs; }
    /// Completion percent (0–100) per pack id, for the current learner; packs not listed
    /// show 0 %.
    void setCompletion(const QHash<QString, double> &percentByPack);
    double completion(const QString &packId) const { return m_completion.value(packId); }
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
    QHash<QString, double> m_completion;
};

} // namespace oht::ui
