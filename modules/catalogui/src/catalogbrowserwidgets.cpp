// The widgets of CatalogBrowser, apart from its behaviour (catalogbrowser.cpp).
#include "oht/catalogui/catalogbrowser.h"
#include "oht/catalogui/catalogfiltermodel.h"
#include "oht/catalogui/catalogpackmodel.h"
#include "oht/catalogui/displaytext.h"
#include "oht/catalogui/packdetailspanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace oht::catalogui {

using catalog::PackAvailability;

QWidget *CatalogBrowser::createSourceBar()
{
    auto *bar = new QWidget(this);
    m_sources = new QComboBox(bar);
    m_sources->setObjectName(QStringLiteral("catalogSourceCombo"));
    m_sources->setAccessibleName(tr("Catalog"));
    m_sources->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *sourceLabel = new QLabel(tr("&Catalog:"), bar);
    sourceLabel->setBuddy(m_sources);
    m_reload = new QPushButton(tr("Re&load"), bar);
    m_reload->setObjectName(QStringLiteral("reloadCatalogButton"));
    m_removeSource = new QPushButton(tr("Remo&ve Catalog"), bar);
    m_removeSource->setObjectName(QStringLiteral("removeCatalogButton"));
    auto *keys = new QPushButton(tr("Publisher &Keys…"), bar);
    keys->setObjectName(QStringLiteral("publisherKeysButton"));
    m_addField = new QLineEdit(bar);
    m_addField->setObjectName(QStringLiteral("addSourceField"));
    m_addField->setAccessibleName(tr("Web address or folder of a catalog"));
    m_addField->setPlaceholderText(tr("https://example.org/courses/catalog.json or a folder"));
    m_addField->setClearButtonEnabled(true);
    auto *addLabel = new QLabel(tr("A&dd a catalog:"), bar);
    addLabel->setBuddy(m_addField);
    m_addButton = new QPushButton(tr("&Add"), bar);
    m_addButton->setObjectName(QStringLiteral("addSourceButton"));
    m_addButton->setAccessibleName(tr("Add catalog"));
    auto *folder = new QPushButton(tr("Choose &Folder…"), bar);
    folder->setObjectName(QStringLiteral("chooseFolderButton"));
    folder->setAccessibleName(tr("Add a catalog folder, such as a USB stick"));
    m_message = new QLabel(bar);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(sourceLabel, 0, 0);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_sources, 1);
    row1->addWidget(m_reload);
    row1->addWidget(m_removeSource);
    row1->addWidget(keys);
    grid->addLayout(row1, 0, 1);
    grid->addWidget(addLabel, 1, 0);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_addField, 1);
    row2->addWidget(m_addButton);
    row2->addWidget(folder);
    grid->addLayout(row2, 1, 1);
    grid->addWidget(m_message, 2, 0, 1, 2);

    connect(m_sources, &QComboBox::currentIndexChanged, this, &CatalogBrowser::selectSource);
    connect(m_reload, &QPushButton::clicked, this, &CatalogBrowser::reload);
    connect(m_removeSource, &QPushButton::clicked, this, &CatalogBrowser::removeCurrentSource);
    connect(keys, &QPushButton::clicked, this, &CatalogBrowser::showKeys);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addSource(m_addField->text()); });
    connect(m_addField, &QLineEdit::returnPressed, this, [this] { addSource(m_addField->text()); });
    connect(folder, &QPushButton::clicked, this, &CatalogBrowser::chooseFolder);
    return bar;
}

QWidget *CatalogBrowser::createPackArea()
{
    auto *area = new QWidget(this);
    m_filterText = new QLineEdit(area);
    m_filterText->setObjectName(QStringLiteral("catalogFilterField"));
    m_filterText->setAccessibleName(tr("Filter courses"));
    m_filterText->setPlaceholderText(tr("Title, topic or tag"));
    m_filterText->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), area);
    filterLabel->setBuddy(m_filterText);
    m_languageFilter = new QComboBox(area);
    m_languageFilter->setObjectName(QStringLiteral("languageFilter"));
    m_languageFilter->setAccessibleName(tr("Language"));
    m_languageFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *languageLabel = new QLabel(tr("&Language:"), area);
    languageLabel->setBuddy(m_languageFilter);
    m_statusFilter = new QComboBox(area);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All"));
    for (auto availability : {PackAvailability::NotInstalled, PackAvailability::UpdateAvailable,
                              PackAvailability::Installed})
        m_statusFilter->addItem(DisplayText::availability(availability), int(availability));
    auto *statusLabel = new QLabel(tr("S&tatus:"), area);
    statusLabel->setBuddy(m_statusFilter);

    m_table = new QTableView(area);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setAccessibleName(tr("Courses in the catalog"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogPackModel::Title, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    // The short columns fit their text (long in some languages); the title takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogPackModel::Title,
                                                      QHeaderView::Stretch);
    m_details = new PackDetailsPanel(area);

    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filterText, 1);
    filters->addWidget(languageLabel);
    filters->addWidget(m_languageFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    auto *splitter = new QSplitter(Qt::Horizontal, area);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_filterText, &QLineEdit::textChanged, m_filter, &CatalogFilterModel::setText);
    connect(m_languageFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setLanguage(m_languageFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_statusFilter->currentData();
        m_filter->setAvailability(data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogBrowser::updateDetails);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_details->actionButton()->isEnabled())
            downloadPack(currentPackId());
    });
    connect(m_details, &PackDetailsPanel::downloadRequested, this, &CatalogBrowser::downloadPack);
    return area;
}

} // namespace oht::catalogui
