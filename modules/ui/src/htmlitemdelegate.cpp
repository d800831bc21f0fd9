#include "oht/ui/htmlitemdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace oht::ui {

namespace {
constexpr int kPadding = 6;

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(qMax(50, width - 2 * kPadding));
    QTextOption textOption = doc.defaultTextOption();
    textOption.setTextDirection(option.direction);
    doc.setDefaultTextOption(textOption);
}
} // namespace

HtmlItemDelegate::HtmlItemDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent), m_htmlRole(htmlRole)
{}

void HtmlItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = index.data(m_htmlRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    prepare(doc, opt, html, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kPadding, kPadding));
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    const int width = opt.widget ? opt.widget->width() - 20 : 500;
    prepare(doc, opt, index.data(m_htmlRole).toString(), width);
    return QSize(width, int(doc.size().height()) + 2 * kPadding);
}

} // namespace oht::ui
