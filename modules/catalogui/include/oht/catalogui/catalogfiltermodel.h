#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace oht::catalogui {

/// Filters a CatalogPackModel by text (title, id, description, tags), language and status.
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// Empty: every language.
    void setLanguage(const QString &code);
    /// A catalog::PackAvailability as int; nullopt: every status.
    void setAvailability(std::optional<int> availability);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_language;
    std::optional<int> m_availability;
};

} // namespace oht::catalogui
