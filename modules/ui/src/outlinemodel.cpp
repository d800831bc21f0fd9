#include "oht/ui/outlinemodel.h"

#include <QFont>

namespace oht::ui {

OutlineModel::OutlineModel(QObject *parent) : QStandardItemModel(parent) {}

static QString kindLabel(packformat::ItemKind kind)
{
    return kind == packformat::ItemKind::Quiz ? OutlineModel::tr("Quiz")
                                              : OutlineModel::tr("Lesson");
}

void OutlineModel::setManifest(const packformat::Manifest &manifest)
{
    clear();
    m_itemIds.clear();
    m_items.clear();
    m_fileToItem.clear();
    m_current.clear();
    m_completed.clear();
    setHorizontalHeaderLabels({tr("Outline")});
    int moduleNumber = 0;
    for (const packformat::Module &module : manifest.modules) {
        ++moduleNumber;
        auto *moduleItem = new QStandardItem(tr("%1. %2").arg(moduleNumber).arg(module.title));
        moduleItem->setEditable(false);
        moduleItem->setSelectable(false);
        moduleItem->setData(true, IsModuleRole);
        moduleItem->setToolTip(module.title);
        moduleItem->setData(tr("Module %1: %2").arg(moduleNumber).arg(module.title),
                            Qt::AccessibleTextRole);
        for (const packformat::OutlineItem &entry : module.items) {
            auto *item = new QStandardItem(entry.title);
            item->setEditable(false);
            item->setData(entry.id, ItemIdRole);
            item->setData(int(entry.kind), ItemKindRole);
            item->setData(entry.file, ItemFileRole);
            item->setData(false, IsModuleRole);
            item->setData(entry.title, TitleRole);
            item->setData(QStringLiteral("%1: %2").arg(kindLabel(entry.kind), entry.title),
                          Qt::AccessibleTextRole);
            item->setToolTip(entry.title); // the tree may elide long titles
            moduleItem->appendRow(item);
            m_itemIds.append(entry.id);
            m_items.insert(entry.id, item);
            m_fileToItem.insert(entry.file, entry.id);
        }
        appendRow(moduleItem);
    }
}

QModelIndex OutlineModel::indexOfItem(const QString &itemId) const
{
    QStandardItem *item = m_items.value(itemId);
    return item ? item->index() : QModelIndex();
}

QString OutlineModel::itemIdForFile(const QString &path) const
{
    return m_fileToItem.value(path);
}

QString OutlineModel::previousItem(const QString &itemId) const
{
    const qsizetype i = m_itemIds.indexOf(itemId);
    return i > 0 ? m_itemIds.at(i - 1) : QString();
}

QString OutlineModel::nextItem(const QString &itemId) const
{
    const qsizetype i = m_itemIds.indexOf(itemId);
    return i >= 0 && i + 1 < m_itemIds.size() ? m_itemIds.at(i + 1) : QString();
}

void OutlineModel::setCurrentItem(const QString &itemId)
{
    const QString old = m_current;
    m_current = itemId;
    if (QStandardItem *item = m_items.value(old))
        refreshItem(item);
    if (QStandardItem *item = m_items.value(itemId))
        refreshItem(item);
}

void OutlineModel::setCompletedItems(const QSet<QString> &itemIds)
{
    const QSet<QString> changed = (m_completed - itemIds) + (itemIds - m_completed);
    m_completed = itemIds;
    for (const QString &id : changed) {
        if (QStandardItem *item = m_items.value(id))
            refreshItem(item);
    }
}

void OutlineModel::refreshItem(QStandardItem *item)
{
    const QString id = item->data(ItemIdRole).toString();
    const QString title = item->data(TitleRole).toString();
    const bool current = id == m_current;
    const bool completed = m_completed.contains(id);
    QFont font = item->font();
    font.setBold(current);
    item->setFont(font);
    //: A check mark before a completed lesson or quiz in the course outline
    item->setText(completed ? tr("✓ %1").arg(title) : title);
    item->setData(completed, CompletedRole);
    const QString kind = kindLabel(packformat::ItemKind(item->data(ItemKindRole).toInt()));
    QString accessible = QStringLiteral("%1: %2").arg(kind, title);
    if (completed && current)
        accessible = tr("%1: %2 (completed, current)").arg(kind, title);
    else if (completed)
        accessible = tr("%1: %2 (completed)").arg(kind, title);
    else if (current)
        accessible = tr("%1: %2 (current)").arg(kind, title);
    item->setData(accessible, Qt::AccessibleTextRole);
}

} // namespace oht::ui
