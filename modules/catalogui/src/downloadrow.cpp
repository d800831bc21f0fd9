#include "oht/catalogui/downloadrow.h"

#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/displaytext.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace oht::catalogui {

using catalog::DownloadState;

DownloadRow::DownloadRow(catalog::DownloadJob *job, catalog::DownloadQueue &queue, QWidget *parent)
    : QWidget(parent), m_job(job), m_queue(queue), m_title(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_pause(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("downloadRow"));
    m_title->setText(tr("%1 %2").arg(job->entry().title, job->entry().versionString()));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setAccessibleName(tr("Download progress of %1").arg(job->entry().title));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_pause->setAutoDefault(false);
    m_cancel->setAutoDefault(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_progress, 1, 0);
    layout->addWidget(m_pause, 1, 1);
    layout->addWidget(m_cancel, 1, 2);
    layout->addWidget(m_status, 2, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_pause, &QPushButton::clicked, this, &DownloadRow::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &DownloadRow::cancelOrRemove);
    connect(job, &catalog::DownloadJob::stateChanged, this, &DownloadRow::update);
    connect(job, &catalog::DownloadJob::progress, this, &DownloadRow::update);
    connect(job, &catalog::DownloadJob::etaSecondsChanged, this, &DownloadRow::update);
    update();
}

void DownloadRow::showError(const QString &message)
{
    m_error = message;
    update();
}

void DownloadRow::update()
{
    const DownloadState state = m_job->state();
    const qint64 total = m_job->bytesTotal();
    const qint64 received = state == DownloadState::Finished ? total : m_job->bytesReceived();
    m_progress->setValue(total > 0 ? int(received * 1000 / total) : 0);
    m_progress->setFormat(DisplayText::progress(received, total));

    QString text = DisplayText::state(state);
    if (!m_error.isEmpty()) {
        text = m_error;
    } else if (state == DownloadState::Failed) {
        text = tr("Failed: %1").arg(m_job->error().message);
        if (m_job->resumable())
            text += u' ' + tr("Resume continues where it stopped.");
    } else if (state == DownloadState::Downloading) {
        const QString left = DisplayText::remaining(m_job->etaSeconds());
        if (!left.isEmpty())
            text = tr("%1 — %2").arg(text, left);
    } else if (state == DownloadState::Finished) {
        text = tr("Installing…");
    }
    m_status->setText(text);
    const bool problem = !m_error.isEmpty() || state == DownloadState::Failed;
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());

    const bool running = state == DownloadState::Queued || state == DownloadState::Downloading ||
                         state == DownloadState::WaitingForUnmetered;
    const bool resumable =
        state == DownloadState::Paused || (state == DownloadState::Failed && m_job->resumable());
    m_pause->setText(running ? tr("&Pause") : tr("&Resume"));
    m_pause->setAccessibleName(running ? tr("Pause download of %1").arg(m_job->entry().title)
                                       : tr("Resume download of %1").arg(m_job->entry().title));
    m_pause->setEnabled(m_error.isEmpty() && (running || resumable));
    const bool stopped =
        !m_error.isEmpty() || state == DownloadState::Failed || state == DownloadState::Cancelled;
    m_cancel->setText(stopped ? tr("Re&move") : tr("&Cancel"));
    m_cancel->setAccessibleName(stopped ? tr("Remove download of %1").arg(m_job->entry().title)
                                        : tr("Cancel download of %1").arg(m_job->entry().title));
    // While it is being checked or installed the file must stay where it is.
    m_cancel->setEnabled(state != DownloadState::Verifying &&
                         !(state == DownloadState::Finished && m_error.isEmpty()));
}

void DownloadRow::togglePause()
{
    const DownloadState state = m_job->state();
    if (state == DownloadState::Paused || state == DownloadState::Failed)
        m_queue.resume(m_job);
    else
        m_queue.pause(m_job);
    update();
}

void DownloadRow::cancelOrRemove()
{
    // Cancel deletes the partial file; the row goes with the job.
    m_queue.remove(m_job);
}

} // namespace oht::catalogui
