#include "oht/catalogui/catalogactions.h"

#include "oht/catalogui/catalogbrowser.h"
#include "oht/catalogui/courseexporter.h"
#include "oht/catalogui/downloadindicator.h"
#include "oht/catalogui/downloadspanel.h"
#include "oht/catalogui/installcontroller.h"
#include "oht/catalogui/restoreddownloadsnotice.h"

#include <QAction>
#include <QMessageBox>

namespace oht::catalogui {

CatalogActions::CatalogActions(library::Library &library, catalog::CatalogConfig &config,
                               catalog::DownloadQueue &queue, QNetworkAccessManager *network,
                               QWidget *window)
    : QObject(window), m_library(library), m_config(config), m_queue(queue), m_network(network),
      m_window(window), m_installer(new InstallController(library, config, queue, this)),
      m_indicator(new DownloadIndicator(queue)), m_restored(new RestoredDownloadsNotice(queue)),
      m_getCourses(new QAction(tr("&Get Courses…"), this)),
      m_export(new QAction(tr("&Export Course…"), this))
{
    m_getCourses->setObjectName(QStringLiteral("getCoursesAction"));
    m_getCourses->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_getCourses, &QAction::triggered, this, &CatalogActions::showBrowser);
    connect(m_export, &QAction::triggered, this, &CatalogActions::exportCurrent);
    connect(m_indicator, &DownloadIndicator::downloadsRequested, this,
            [this] { showBrowser()->downloads()->setFocus(Qt::OtherFocusReason); });
    // Installs also finish while the browser is closed.
    connect(m_installer, &InstallController::installed, this,
            [this](const QString &packId) { emit libraryChanged(packId); });
}

CatalogActions::~CatalogActions()
{
    // The indicator usually lives in the window's status bar, which deletes it.
    if (m_indicator && !m_indicator->parent())
        delete m_indicator.data();
    if (m_restored && !m_restored->parent())
        delete m_restored.data();
}

DownloadIndicator *CatalogActions::indicator() const
{
    return m_indicator;
}

RestoredDownloadsNotice *CatalogActions::restoredNotice() const
{
    return m_restored;
}

CatalogBrowser *CatalogActions::browser() const
{
    return m_browser;
}

CatalogBrowser *CatalogActions::showBrowser()
{
    if (!m_browser)
        m_browser =
            new CatalogBrowser(m_library, m_config, m_queue, *m_installer, m_network, m_window);
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
    return m_browser;
}

void CatalogActions::setCurrentPackProvider(std::function<QString()> provider)
{
    m_currentPack = std::move(provider);
}

void CatalogActions::exportCurrent()
{
    const QString packId = m_currentPack ? m_currentPack() : QString();
    if (packId.isEmpty()) {
        QMessageBox::information(m_window, tr("Export Course"),
                                 tr("Choose a course in the library first."));
        return;
    }
    CourseExporter(m_library).exportWithDialog(packId, m_window);
}

catalog::CatalogDefaults CatalogActions::defaultsFrom(const QString &catalogUrl,
                                                      const QString &keys, QStringList *problems)
{
    catalog::CatalogDefaults defaults;
    const QUrl url(catalogUrl.trimmed());
    if (url.isValid() && !url.isEmpty())
        defaults.catalogs.append({tr("HealthTech Toolkit courses"), url});
    for (const QString &spec : keys.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = spec.indexOf(u'=');
        const auto key =
            catalog::PublisherKey::fromBase64(spec.left(eq).trimmed(), spec.mid(eq + 1).trimmed());
        if (eq > 0 && key)
            defaults.trustedKeys.append(*key);
        else if (problems)
            problems->append(spec);
    }
    return defaults;
}

void CatalogActions::libraryRefreshed()
{
    if (m_browser)
        m_browser->refreshStatuses();
}

} // namespace oht::catalogui
