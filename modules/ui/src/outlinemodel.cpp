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
    if (QStandardItem *old = m_items.value(m_current)) {
        QFont font = old->font();
        font.setBold(false);
        old->setFont(font);
        const auto kind = packformat::ItemKind(old->data(ItemKindRole).toInt());
        old->setData(QStringLiteral("%1: %2").arg(kindLabel(kind), old->text()),
                     Qt::AccessibleTextRole);
    }
    m_current = itemId;
    if (QStandardItem *item = m_items.value(itemId)) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        const auto kind = packformat::ItemKind(item->data(ItemKindRole).toInt());
        item->setData(tr("%1: %2 (current)").arg(kindLabel(kind), item->text()),
                      Qt::AccessibleTextRole);
    }
}

} // namespace oht::ui
