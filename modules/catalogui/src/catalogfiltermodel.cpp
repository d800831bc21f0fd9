#include "oht/catalogui/catalogfiltermodel.h"

#include "oht/catalogui/catalogpackmodel.h"

namespace oht::catalogui {

CatalogFilterModel::CatalogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogPackModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CatalogFilterModel::setText(const QString &text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void CatalogFilterModel::setLanguage(const QString &code)
{
    m_language = code;
    invalidateFilter();
}

void CatalogFilterModel::setAvailability(std::optional<int> availability)
{
    m_availability = availability;
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_language.isEmpty() &&
        index.data(CatalogPackModel::LanguageRole).toString() != m_language)
        return false;
    if (m_availability && index.data(CatalogPackModel::AvailabilityRole).toInt() != *m_availability)
        return false;
    // Every word must appear somewhere: "malaria es" narrows, it does not widen.
    const QString text = index.data(CatalogPackModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace oht::catalogui
