#include "oht/catalogui/downloadspanel.h"

#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/downloadrow.h"
#include "oht/catalogui/installcontroller.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oht::catalogui {

DownloadsPanel::DownloadsPanel(catalog::DownloadQueue &queue, catalog::CatalogConfig &config,
                               InstallController &installer, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_config(config), m_metered(new QCheckBox(this)),
      m_empty(new QLabel(this)), m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("downloadsPanel"));
    auto *heading = new QLabel(tr("Downloads"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_metered->setObjectName(QStringLiteral("meteredCheckBox"));
    m_metered->setText(tr("Don’t download on &metered connections (mobile data)"));
    m_metered->setAccessibleName(tr("Don’t download on metered connections"));
    m_metered->setChecked(config.avoidMeteredDownloads());
    m_empty->setObjectName(QStringLiteral("noDownloadsLabel"));
    m_empty->setText(tr("No downloads. Choose a course above and press Download."));

    auto *rowsWidget = new QWidget;
    auto *rowsOuter = new QVBoxLayout(rowsWidget);
    rowsOuter->setContentsMargins(0, 0, 0, 0);
    rowsOuter->addLayout(m_rows);
    rowsOuter->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("downloadsList"));
    scroll->setAccessibleName(tr("Downloads"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(rowsWidget);
    scroll->setMinimumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_metered);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);

    connect(m_metered, &QCheckBox::toggled, this, [this](bool avoid) {
        m_config.setAvoidMeteredDownloads(avoid);
        m_queue.setAvoidMetered(avoid);
        if (const auto saved = m_config.save(); !saved)
            emit message(tr("The setting was not saved: %1").arg(saved.error().message));
    });
    connect(&m_queue, &catalog::DownloadQueue::jobAdded, this, &DownloadsPanel::addRow);
    connect(&m_queue, &catalog::DownloadQueue::jobRemoved, this, &DownloadsPanel::removeRow);
    connect(&installer, &InstallController::installFailed, this,
            [this](catalog::DownloadJob *job, const QString &text) {
                if (DownloadRow *row = m_rowOf.value(job))
                    row->showError(text);
            });
    for (catalog::DownloadJob *job : m_queue.jobs()) {
        addRow(job);
        if (const QString error = installer.errorOf(job); !error.isEmpty())
            m_rowOf.value(job)->showError(error);
    }
    updateEmpty();
}

DownloadRow *DownloadsPanel::row(const QString &packId) const
{
    for (DownloadRow *row : m_rowOf) {
        if (row->job()->entry().id == packId)
            return row;
    }
    return nullptr;
}

void DownloadsPanel::addRow(catalog::DownloadJob *job)
{
    if (m_rowOf.contains(job))
        return;
    auto *row = new DownloadRow(job, m_queue, this);
    m_rowOf.insert(job, row);
    m_rows->addWidget(row);
    updateEmpty();
}

void DownloadsPanel::removeRow(catalog::DownloadJob *job)
{
    if (DownloadRow *row = m_rowOf.take(job)) {
        // Keep keyboard users in the list rather than losing focus to nowhere.
        const bool hadFocus = row->isAncestorOf(focusWidget());
        row->hide();
        row->deleteLater();
        if (hadFocus)
            m_metered->setFocus(Qt::OtherFocusReason);
    }
    updateEmpty();
}

void DownloadsPanel::updateEmpty()
{
    m_empty->setVisible(m_rowOf.isEmpty());
}

} // namespace oht::catalogui
