// MainWindow's part of reviewer mode (issue 7), apart so mainwindow.cpp stays small.
#include "oht/reviewui/reviewlauncher.h"
#include "oht/ui/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace oht::ui {

void MainWindow::addReview(reviewui::ReviewLauncher *launcher)
{
    // In the File menu just before Quit (after the course entries and their separator).
    for (QObject *object : m_quitAction->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            continue;
        const QList<QAction *> actions = menu->actions();
        const qsizetype quit = actions.indexOf(m_quitAction);
        QAction *before =
            quit > 0 && actions.at(quit - 1)->isSeparator() ? actions.at(quit - 1) : m_quitAction;
        menu->insertAction(before, launcher->openAction());
    }
    addAction(launcher->openAction());
    connect(launcher, &reviewui::ReviewLauncher::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

} // namespace oht::ui
