#pragma once

#include "oht/catalog/packstatus.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTextBrowser;

namespace oht::catalogui {

/// The chosen pack: description, tags, size, changelog and, for an update, what changes;
/// with the Download / Update button.
class PackDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PackDetailsPanel(QWidget *parent = nullptr);

    /// `changes`: the update summary text (empty when not known); `downloading`: the pack
    /// is in the download queue already.
    void showPack(const catalog::PackStatus &status, const QString &changes, bool downloading);
    void clear();

    QTextBrowser *text() const { return m_text; }
    QPushButton *actionButton() const { return m_action; }

signals:
    void downloadRequested(const QString &packId);

private:
    QTextBrowser *m_text;
    QPushButton *m_action;
    QString m_packId;
};

} // namespace oht::catalogui
