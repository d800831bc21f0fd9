#include "oht/catalogui/downloadindicator.h"

#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/displaytext.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace oht::catalogui {

using catalog::DownloadState;

DownloadIndicator::DownloadIndicator(catalog::DownloadQueue &queue, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_progress(new QProgressBar(this)),
      m_button(new QToolButton(this))
{
    setObjectName(QStringLiteral("downloadIndicator"));
    m_progress->setObjectName(QStringLiteral("downloadIndicatorProgress"));
    m_progress->setAccessibleName(tr("Progress of all downloads"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_button->setObjectName(QStringLiteral("downloadIndicatorButton"));
    m_button->setText(tr("Downloads"));
    m_button->setAccessibleName(tr("Show downloads"));
    m_button->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_progress);
    connect(m_button, &QToolButton::clicked, this, &DownloadIndicator::downloadsRequested);
    connect(&queue, &catalog::DownloadQueue::queueProgress, this, &DownloadIndicator::update);
    connect(&queue, &catalog::DownloadQueue::jobAdded, this, [this](catalog::DownloadJob *job) {
        connect(job, &catalog::DownloadJob::stateChanged, this, &DownloadIndicator::update);
        update();
    });
    connect(&queue, &catalog::DownloadQueue::jobRemoved, this, &DownloadIndicator::update,
            Qt::QueuedConnection);
    connect(&queue, &catalog::DownloadQueue::idle, this, &DownloadIndicator::update);
    for (catalog::DownloadJob *job : queue.jobs())
        connect(job, &catalog::DownloadJob::stateChanged, this, &DownloadIndicator::update);
    update();
}

void DownloadIndicator::update()
{
    int active = 0;
    for (const catalog::DownloadJob *job : m_queue.jobs()) {
        const DownloadState state = job->state();
        if (state == DownloadState::Queued || state == DownloadState::Downloading ||
            state == DownloadState::Verifying || state == DownloadState::WaitingForUnmetered)
            ++active;
    }
    setVisible(active > 0);
    const qint64 total = m_queue.bytesTotal();
    const qint64 received = m_queue.bytesReceived();
    m_progress->setValue(total > 0 ? int(received * 1000 / total) : 0);
    const QString left = DisplayText::remaining(m_queue.etaSeconds());
    const QString text =
        tr("%n download(s): %1", nullptr, active).arg(DisplayText::progress(received, total));
    setToolTip(left.isEmpty() ? text : tr("%1 — %2").arg(text, left));
    m_progress->setAccessibleDescription(toolTip());
}

} // namespace oht::catalogui
