#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;

namespace oht::catalog {
class DownloadJob;
class DownloadQueue;
} // namespace oht::catalog

namespace oht::catalogui {

/// Tells the learner that downloads an earlier run left unfinished are waiting, paused
/// ("2 downloads were paused when the app closed"), with Resume All and Dismiss. Nothing
/// resumes by itself: the connection may be a metered one now.
///
/// It follows the downloads that were paused when it was created, so create it right
/// after DownloadQueue::restore(); it hides once none of them is paused any more.
class RestoredDownloadsNotice : public QFrame
{
    Q_OBJECT
public:
    explicit RestoredDownloadsNotice(catalog::DownloadQueue &queue, QWidget *parent = nullptr);

    /// The restored downloads that are still paused.
    int pausedCount() const;

    QLabel *label() const { return m_label; }
    QPushButton *resumeAllButton() const { return m_resumeAll; }
    QPushButton *dismissButton() const { return m_dismiss; }

public slots:
    /// Puts every restored download that is still paused back in the queue.
    void resumeAll();
    void dismiss();

signals:
    void resumed(int count);

private:
    void update();

    catalog::DownloadQueue &m_queue;
    QList<QPointer<catalog::DownloadJob>> m_jobs;
    QLabel *m_label;
    QPushButton *m_resumeAll;
    QPushButton *m_dismiss;
    bool m_dismissed = false;
};

} // namespace oht::catalogui
