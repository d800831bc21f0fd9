#pragma once

#include <QDialog>

namespace oht::ui {

/// Lists the keyboard shortcuts, so everything can be done without a mouse.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    /// (keys, what they do) pairs, translated; the README's table mirrors this list.
    static QList<QPair<QString, QString>> shortcuts();
};

} // namespace oht::ui
