#pragma once

#include <QStyledItemDelegate>

namespace oht::ui {

/// Paints an item's rich text (from a given role) so search snippets can show their
/// matches in bold and underlined: a highlight that does not rely on colour.
class HtmlItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HtmlItemDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace oht::ui
