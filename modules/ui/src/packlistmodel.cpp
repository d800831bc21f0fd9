#include "oht/ui/packlistmodel.h"

#include "oht/core/semver.h"

#include <QDate>
#include <QLocale>

namespace oht::ui {

PackListModel::PackListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PackListModel::setPacks(QList<library::PackSummary> packs)
{
    beginResetModel();
    m_packs = std::move(packs);
    endResetModel();
}

void PackListModel::setCompletion(const QHash<QString, double> &percentByPack)
{
    m_completion = percentByPack;
    if (!m_packs.isEmpty())
        emit dataChanged(index(0, CompletionColumn), index(rowCount() - 1, CompletionColumn));
}

int PackListModel::rowOf(const QString &packId) const
{
    for (int i = 0; i < m_packs.size(); ++i) {
        if (m_packs.at(i).id == packId)
            return i;
    }
    return -1;
}

int PackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packs.size());
}

int PackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PackListModel::languageName(const QString &tag)
{
    const QLocale locale(tag);
    if (locale.language() == QLocale::C)
        return tag;
    QString name = QLocale::languageToString(locale.language());
    // Only name the territory when the tag gives one ("en-GB", not "en").
    if (tag.contains(QLatin1Char('-')) && locale.territory() != QLocale::AnyTerritory)
        name += QStringLiteral(" (%1)").arg(QLocale::territoryToString(locale.territory()));
    return name;
}

QVariant PackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const library::PackSummary &pack = m_packs.at(index.row());
    const bool reviewPassed = pack.reviewBy.isValid() && pack.reviewBy < QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return pack.title;
        case LanguageColumn:
            return languageName(pack.language);
        case VersionColumn:
            return pack.version;
        case SizeColumn:
            return QLocale().formattedDataSize(pack.sizeBytes, 1, QLocale::DataSizeSIFormat);
        case CompletionColumn:
            //: Completion of a course, e.g. "45 %"
            return tr("%1 %").arg(qRound(m_completion.value(pack.id)));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return pack.title.toCaseFolded();
        case LanguageColumn:
            return languageName(pack.language).toCaseFolded();
        case VersionColumn: {
            // Zero-padded so the string order is the version order.
            const auto v = SemVer::parse(pack.version);
            return v ? QStringLiteral("%1.%2.%3")
                           .arg(v->major(), 6, 10, QLatin1Char('0'))
                           .arg(v->minor(), 6, 10, QLatin1Char('0'))
                           .arg(v->patch(), 6, 10, QLatin1Char('0'))
                     : pack.version;
        }
        case SizeColumn:
            return pack.sizeBytes;
        case CompletionColumn:
            return m_completion.value(pack.id);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = pack.description.left(300);
            if (reviewPassed)
                tip += QLatin1String("\n\n") +
                       tr("Review date passed on %1: some content may be out of date.")
                           .arg(QLocale().toString(pack.reviewBy, QLocale::LongFormat));
            return tip;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == SizeColumn)
            return QLocale().formattedDataSize(pack.sizeBytes, 1,
                                               QLocale::DataSizeTraditionalFormat);
        if (index.column() == CompletionColumn)
            return tr("%1 percent complete").arg(qRound(m_completion.value(pack.id)));
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == CompletionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PackIdRole:
        return pack.id;
    case ReviewPassedRole:
        return reviewPassed;
    }
    return {};
}

QVariant PackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Course");
    case LanguageColumn:
        return tr("Language");
    case VersionColumn:
        return tr("Version");
    case SizeColumn:
        return tr("Size");
    case CompletionColumn:
        return tr("Completed");
    }
    return {};
}

} // namespace oht::ui
