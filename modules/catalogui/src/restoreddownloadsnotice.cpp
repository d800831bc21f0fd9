#include "oht/catalogui/restoreddownloadsnotice.h"

#include "oht/catalog/downloadqueue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace oht::catalogui {

using catalog::DownloadJob;
using catalog::DownloadState;

RestoredDownloadsNotice::RestoredDownloadsNotice(catalog::DownloadQueue &queue, QWidget *parent)
    : QFrame(parent), m_queue(queue), m_label(new QLabel(this)), m_resumeAll(new QPushButton(this)),
      m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("restoredDownloadsNotice"));
    m_label->setObjectName(QStringLiteral("restoredDownloadsText"));
    m_label->setTextFormat(Qt::PlainText);
    m_resumeAll->setObjectName(QStringLiteral("resumeAllButton"));
    m_resumeAll->setText(tr("Res&ume All"));
    m_resumeAll->setAccessibleName(tr("Resume all paused downloads"));
    m_resumeAll->setAutoDefault(false);
    m_dismiss->setObjectName(QStringLiteral("dismissRestoredButton"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice about paused downloads"));
    m_dismiss->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_resumeAll);
    layout->addWidget(m_dismiss);

    for (DownloadJob *job : queue.jobs()) {
        if (job->state() != DownloadState::Paused)
            continue;
        m_jobs.append(job);
        connect(job, &DownloadJob::stateChanged, this, &RestoredDownloadsNotice::update);
    }
    connect(&queue, &catalog::DownloadQueue::jobRemoved, this, [this](DownloadJob *job) {
        m_jobs.removeAll(job); // still alive, and still "Paused", until deleted later
        update();
    });
    connect(m_resumeAll, &QPushButton::clicked, this, &RestoredDownloadsNotice::resumeAll);
    connect(m_dismiss, &QPushButton::clicked, this, &RestoredDownloadsNotice::dismiss);
    update();
}

int RestoredDownloadsNotice::pausedCount() const
{
    int count = 0;
    for (const auto &job : m_jobs)
        if (job && job->state() == DownloadState::Paused)
            ++count;
    return count; // counted, not m_jobs.size(): a job may have changed since update()
}

void RestoredDownloadsNotice::resumeAll()
{
    int count = 0;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job && job->state() == DownloadState::Paused) {
            m_queue.resume(job);
            ++count;
        }
    }
    m_jobs.clear(); // the notice is about the restart; later pauses are the learner's own
    update();
    if (count > 0)
        emit resumed(count);
}

void RestoredDownloadsNotice::dismiss()
{
    m_dismissed = true;
    update();
}

void RestoredDownloadsNotice::update()
{
    // A restored download that left Paused (resumed one by one, finished, removed) is no
    // longer "paused when the app closed", even if the learner pauses it again later.
    for (qsizetype i = m_jobs.size() - 1; i >= 0; --i) {
        const QPointer<DownloadJob> &job = m_jobs.at(i);
        if (job && job->state() == DownloadState::Paused)
            continue;
        if (job)
            disconnect(job, nullptr, this, nullptr);
        m_jobs.removeAt(i);
    }
    const int count = pausedCount();
    // "A download was…" / "3 downloads were…": a sentence each, not a "(s)" (the plural
    // forms of other languages come from their translation of the %n text).
    const QString text = count == 1
                             ? tr("A download was paused when the app closed.")
                             : tr("%n downloads were paused when the app closed.", nullptr, count);
    m_label->setText(text);
    m_label->setAccessibleName(text);
    setAccessibleName(text);
    setToolTip(tr("Resume them here, or one by one in File ▸ Get Courses."));
    const bool show = count > 0 && !m_dismissed;
    // Not yet placed (in a status bar): showing it now would open it as a window of its
    // own; the status bar shows it when it is added unless it was hidden explicitly.
    if (parentWidget() || !show)
        setVisible(show);
}

} // namespace oht::catalogui
