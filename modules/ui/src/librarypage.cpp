#include "oht/ui/librarypage.h"

#include "oht/library/library.h"
#include "oht/ui/packlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace oht::ui {

LibraryPage::LibraryPage(library::Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_model(new PackListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_heading(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_emptyLabel(new QLabel(this)), m_errorLabel(new QLabel(this)),
      m_openButton(new QPushButton(this)), m_removeButton(new QPushButton(this)),
      m_importButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PackListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(QStringLiteral(" "));

    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PackListModel::TitleColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PackListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    for (int c = PackListModel::LanguageColumn; c < PackListModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);

    m_emptyLabel->setObjectName(QStringLiteral("libraryEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    m_openButton->setObjectName(QStringLiteral("openCourseButton"));
    m_removeButton->setObjectName(QStringLiteral("removeCourseButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_openButton->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_filter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(PackListModel::PackIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateState();
        emit selectionChanged();
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPackId(); !id.isEmpty())
            emit openRequested(id);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPackId(); !id.isEmpty())
            emit removeRequested(id);
    });
    connect(m_importButton, &QPushButton::clicked, this, &LibraryPage::importRequested);
    setFocusProxy(m_table);
    retranslate();
}

void LibraryPage::setContinueWidget(QWidget *widget)
{
    // Under the heading, before the table: the first thing a returning learner reaches.
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, widget);
    setTabOrder(m_filter, widget);
    setTabOrder(widget, m_table);
}

void LibraryPage::reload(const QString &selectPackId)
{
    const QString keep = selectPackId.isEmpty() ? selectedPackId() : selectPackId;
    const auto packs = m_library.packs();
    if (packs) {
        m_errorLabel->hide();
        m_model->setPacks(*packs);
    } else {
        m_model->setPacks({});
        m_errorLabel->setText(tr("The library could not be read: %1").arg(packs.error().message));
        m_errorLabel->show();
    }
    if (!keep.isEmpty())
        selectPack(keep);
    if (selectedPackId().isEmpty() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateState();
}

QString LibraryPage::selectedPackId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PackListModel::PackIdRole).toString();
}

void LibraryPage::selectPack(const QString &packId)
{
    const int row = m_model->rowOf(packId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

int LibraryPage::courseCount() const
{
    return m_model->rowCount();
}

void LibraryPage::updateState()
{
    const bool hasSelection = !selectedPackId().isEmpty();
    m_openButton->setEnabled(hasSelection);
    m_removeButton->setEnabled(hasSelection);
    if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(tr("No courses are installed yet.\n\nImport a course pack (.ohtpack) "
                                 "with the button below, from File ▸ Import Course…, or drop the "
                                 "file onto this window."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else if (m_proxy->rowCount() == 0) {
        m_emptyLabel->setText(tr("No course matches “%1”.").arg(m_filter->text().trimmed()));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    m_heading->setText(tr("Your courses"));
    m_heading->setAccessibleName(m_heading->text());
}

void LibraryPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter courses"));
    m_filter->setAccessibleName(tr("Filter courses"));
    m_filter->setToolTip(
        tr("Show only the courses whose title, language or version contains this text"));
    m_table->setAccessibleName(tr("Installed courses"));
    m_table->setAccessibleDescription(tr("Press Enter to open the selected course"));
    m_emptyLabel->setAccessibleName(tr("Library status"));
    m_errorLabel->setAccessibleName(tr("Library error"));
    m_openButton->setText(tr("&Open Course"));
    m_openButton->setAccessibleName(tr("Open course"));
    m_removeButton->setText(tr("&Remove…"));
    m_removeButton->setAccessibleName(tr("Remove course"));
    m_importButton->setText(tr("&Import Course…"));
    m_importButton->setAccessibleName(tr("Import course"));
    m_model->headerDataChanged(Qt::Horizontal, 0, PackListModel::ColumnCount - 1);
    updateState();
}

void LibraryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace oht::ui
