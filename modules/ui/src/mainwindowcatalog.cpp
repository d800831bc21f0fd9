// MainWindow's part of the catalog GUI (issue 6), apart so mainwindow.cpp stays small: the
// menu entries, the download indicator and the library refreshes.
#include "oht/catalogui/catalogactions.h"
#include "oht/catalogui/downloadindicator.h"
#include "oht/catalogui/restoreddownloadsnotice.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

namespace oht::ui {

void MainWindow::addCatalog(catalogui::CatalogActions *catalog)
{
    // In the File menu after Import Course…; Export after Remove Course….
    for (QObject *object : m_importAction->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            continue;
        const QList<QAction *> actions = menu->actions();
        const qsizetype remove = actions.indexOf(m_removeAction);
        menu->insertAction(m_removeAction, catalog->getCoursesAction());
        menu->insertAction(remove >= 0 ? actions.value(remove + 1) : nullptr,
                           catalog->exportAction());
    }
    addAction(catalog->getCoursesAction());
    addAction(catalog->exportAction());
    // The course table's context menu: Export and Remove for the course under the mouse.
    QTableView *table = m_libraryPage->table();
    table->insertAction(m_removeAction, catalog->exportAction());
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    statusBar()->addPermanentWidget(catalog->restoredNotice());
    statusBar()->addPermanentWidget(catalog->indicator());
    catalog->setCurrentPackProvider([this] {
        return isLibraryShown() ? m_libraryPage->selectedPackId() : m_coursePage->packId();
    });
    connect(catalog, &catalogui::CatalogActions::libraryChanged, this,
            [this](const QString &packId) {
                m_libraryPage->reload(packId);
                emit libraryChanged();
            });
    connect(this, &MainWindow::libraryChanged, catalog,
            &catalogui::CatalogActions::libraryRefreshed);
}

} // namespace oht::ui
