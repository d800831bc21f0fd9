#include "oht/catalogui/catalogbrowser.h"

#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/catalogloader.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalog/packstatus.h"
#include "oht/catalog/updatesummary.h"
#include "oht/catalogui/catalogfiltermodel.h"
#include "oht/catalogui/catalogpackmodel.h"
#include "oht/catalogui/displaytext.h"
#include "oht/catalogui/downloadspanel.h"
#include "oht/catalogui/installcontroller.h"
#include "oht/catalogui/packdetailspanel.h"
#include "oht/catalogui/sourceinput.h"
#include "oht/catalogui/trustedkeysdialog.h"
#include "oht/library/library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace oht::catalogui {

using catalog::PackAvailability;

CatalogBrowser::CatalogBrowser(library::Library &library, catalog::CatalogConfig &config,
                               catalog::DownloadQueue &queue, InstallController &installer,
                               QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent), m_library(library), m_config(config), m_queue(queue),
      m_loader(new catalog::CatalogLoader(network, this)), m_model(new CatalogPackModel(this)),
      m_filter(new CatalogFilterModel(this))
{
    setObjectName(QStringLiteral("catalogBrowser"));
    setWindowTitle(tr("Get Courses"));
    m_filter->setSourceModel(m_model);
    m_model->followDownloads(&queue, &installer);
    m_downloads = new DownloadsPanel(queue, config, installer, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createPackArea());
    splitter->addWidget(m_downloads);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSourceBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_loader, &catalog::CatalogLoader::loaded, this, &CatalogBrowser::onLoaded);
    connect(m_loader, &catalog::CatalogLoader::failed, this,
            [this](const Error &error) { onFailed(error.message); });
    connect(&installer, &InstallController::installed, this,
            [this](const QString &packId, const QString &message) {
                setMessage(message, false);
                refreshStatuses();
                emit libraryChanged(packId);
            });
    connect(&installer, &InstallController::installFailed, this,
            [this](catalog::DownloadJob *, const QString &message) { setMessage(message, true); });
    connect(&queue, &catalog::DownloadQueue::jobAdded, this, &CatalogBrowser::updateDetails);
    connect(&queue, &catalog::DownloadQueue::jobRemoved, this, &CatalogBrowser::updateDetails,
            Qt::QueuedConnection);
    connect(m_downloads, &DownloadsPanel::message, this,
            [this](const QString &text) { setMessage(text, true); });
    // Return belongs to the field it is typed in (Add, filter): it must never press
    // Download as a dialog's default button would.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    reloadSources();
    resize(980, 720);
}

CatalogBrowser::~CatalogBrowser() = default;

void CatalogBrowser::reloadSources(int select)
{
    const QSignalBlocker blocker(m_sources);
    m_sources->clear();
    for (const auto &source : m_config.catalogs()) {
        const QString where = source.isLocal() ? QDir::toNativeSeparators(source.url.toLocalFile())
                                               : source.url.toDisplayString();
        m_sources->addItem(tr("%1 — %2").arg(source.name, where), source.url);
    }
    m_removeSource->setEnabled(m_sources->count() > 0);
    m_reload->setEnabled(m_sources->count() > 0);
    if (m_sources->count() == 0) {
        m_catalog = {};
        m_model->setStatuses({});
        updateDetails();
        setMessage(tr("No catalogs. Add the web address of a catalog or a folder that holds "
                      "one, such as a USB stick."),
                   false);
        return;
    }
    m_sources->setCurrentIndex(qBound(0, select, m_sources->count() - 1));
    selectSource(m_sources->currentIndex());
}

void CatalogBrowser::selectSource(int index)
{
    const auto sources = m_config.catalogs();
    if (index < 0 || index >= sources.size())
        return;
    m_catalog = {};
    m_model->setStatuses({});
    updateDetails();
    setMessage(tr("Reading the catalog “%1”…").arg(sources.at(index).name), false);
    m_loader->abort();
    m_loader->load(sources.at(index));
}

void CatalogBrowser::reload()
{
    selectSource(m_sources->currentIndex());
}

bool CatalogBrowser::addSource(const QString &text)
{
    const auto source = SourceInput::parse(text, m_config.catalogs());
    if (!source) {
        setMessage(source.error().message, true);
        m_addField->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_config.addCatalog(*source);
    if (const auto saved = m_config.save(); !saved) {
        m_config.removeCatalog(source->url);
        setMessage(tr("The catalog was not added: %1").arg(saved.error().message), true);
        return false;
    }
    m_addField->clear();
    reloadSources(int(m_config.catalogs().size()) - 1);
    return true;
}

void CatalogBrowser::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Choose the Folder of a Catalog (USB Stick)"));
    if (!dir.isEmpty())
        addSource(dir);
}

void CatalogBrowser::removeCurrentSource()
{
    const int index = m_sources->currentIndex();
    const auto sources = m_config.catalogs();
    if (index < 0 || index >= sources.size())
        return;
    m_config.removeCatalog(sources.at(index).url);
    if (const auto saved = m_config.save(); !saved) {
        setMessage(tr("The catalog was not removed: %1").arg(saved.error().message), true);
        return;
    }
    m_loader->abort();
    reloadSources(index);
    if (m_sources->count() > 0)
        m_sources->setFocus(Qt::OtherFocusReason);
}

void CatalogBrowser::onLoaded(const catalog::Catalog &catalog)
{
    m_catalog = catalog;
    refreshStatuses();
    updateLanguages();
    setMessage(m_catalog.packs.isEmpty()
                   ? tr("This catalog offers no courses.")
                   : tr("%n course(s) in this catalog.", nullptr, int(m_catalog.packs.size())),
               false);
    if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, 0));
    emit catalogLoaded();
}

void CatalogBrowser::onFailed(const QString &message)
{
    const QString text = tr("The catalog could not be read: %1").arg(message);
    setMessage(text, true);
    emit catalogFailed(text);
}

void CatalogBrowser::refreshStatuses()
{
    const QString selected = currentPackId();
    const auto installed = m_library.packs();
    m_model->setStatuses(
        catalog::PackStatus::of(m_catalog, installed ? *installed : QList<library::PackSummary>{}));
    if (!selected.isEmpty())
        selectPack(selected);
    updateDetails();
}

void CatalogBrowser::updateLanguages()
{
    const QString current = m_languageFilter->currentData().toString();
    const QSignalBlocker blocker(m_languageFilter);
    m_languageFilter->clear();
    m_languageFilter->addItem(tr("All languages"));
    for (const QString &code : m_model->languages())
        m_languageFilter->addItem(code, code);
    const int index = m_languageFilter->findData(current);
    m_languageFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setLanguage(m_languageFilter->currentData().toString());
}

bool CatalogBrowser::selectPack(const QString &packId)
{
    const int row = m_model->rowOf(packId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QString CatalogBrowser::currentPackId() const
{
    return m_table->currentIndex().data(CatalogPackModel::PackIdRole).toString();
}

void CatalogBrowser::updateDetails()
{
    const catalog::PackStatus *status = m_model->status(currentPackId());
    if (!status) {
        m_details->clear();
        return;
    }
    QString changes;
    // A pack on a USB stick is already here: what changes can be told before installing.
    if (status->availability == PackAvailability::UpdateAvailable &&
        status->entry.url.isLocalFile()) {
        const auto summary = catalog::UpdateSummary::compare(m_library, status->entry,
                                                             status->entry.url.toLocalFile());
        if (summary && summary->compared)
            changes = DisplayText::changes(summary->changes);
    }
    m_details->showPack(*status, changes, m_queue.find(status->entry.id) != nullptr);
}

void CatalogBrowser::downloadPack(const QString &packId)
{
    const catalog::PackStatus *status = m_model->status(packId);
    if (!status)
        return;
    const auto &signature = status->entry.signature;
    // Refused before a byte is fetched: the installer would refuse it after the download.
    if (signature && !m_config.trustedKeys().find(signature->keyId)) {
        setMessage(tr("“%1” is signed with the key %2, which is not one of your trusted "
                      "publisher keys. Add the publisher’s key first (Publisher Keys…).")
                       .arg(status->entry.title, signature->keyId),
                   true);
        return;
    }
    m_queue.enqueue(status->entry);
    setMessage(tr("“%1” was added to the downloads.").arg(status->entry.title), false);
    updateDetails();
}

void CatalogBrowser::showKeys()
{
    TrustedKeysDialog dialog(m_config, this);
    dialog.exec();
}

void CatalogBrowser::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                     : QString());
    m_message->setAccessibleDescription(text);
}

} // namespace oht::catalogui
