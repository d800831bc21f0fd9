#pragma once

#include "oht/packformat/manifest.h"

#include <QSet>
#include <QStandardItemModel>
#include <QStringList>

namespace oht::ui {

/// A course outline as a tree: modules, then their lessons and quizzes.
/// Keeps the item order so the course page can step previous/next.
class OutlineModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        ItemKindRole,
        ItemFileRole,
        IsModuleRole,
        TitleRole,
        CompletedRole
    };

    explicit OutlineModel(QObject *parent = nullptr);

    void setManifest(const packformat::Manifest &manifest);

    /// Item ids (lessons and quizzes) in outline order.
    const QStringList &itemIds() const { return m_itemIds; }
    QModelIndex indexOfItem(const QString &itemId) const;
    /// The item whose file is `path` (pack-relative), or an empty string.
    QString itemIdForFile(const QString &path) const;
    QString previousItem(const QString &itemId) const;
    QString nextItem(const QString &itemId) const;

    /// Shows `itemId` as the current one (bold + "current" in its accessible text).
    void setCurrentItem(const QString &itemId);
    QString currentItem() const { return m_current; }

    /// Marks the learner's completed items: a check mark before the title and
    /// "completed" in the accessible text (never colour alone). Others are unmarked.
    void setCompletedItems(const QSet<QString> &itemIds);
    bool isCompleted(const QString &itemId) const { return m_completed.contains(itemId); }

private:
    QStringList m_itemIds;
    QHash<QString, QStandardItem *> m_items;
    QHash<QString, QString> m_fileToItem;
    QString m_current;
    QSet<QString> m_completed;

    void refreshItem(QStandardItem *item);
};

} // namespace oht::ui
