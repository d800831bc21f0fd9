#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace oht::catalog {
class DownloadJob;
class DownloadQueue;
} // namespace oht::catalog

namespace oht::catalogui {

/// One download in the list: title, progress bar, state or error, remaining time, and
/// Pause/Resume and Cancel (Remove once it has stopped).
class DownloadRow : public QWidget
{
    Q_OBJECT
public:
    DownloadRow(catalog::DownloadJob *job, catalog::DownloadQueue &queue,
                QWidget *parent = nullptr);

    catalog::DownloadJob *job() const { return m_job; }
    /// A refusal after the download (bad signature, downgrade…), shown in place.
    void showError(const QString &message);

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void update();
    void togglePause();
    void cancelOrRemove();

    catalog::DownloadJob *m_job;
    catalog::DownloadQueue &m_queue;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QString m_error;
};

} // namespace oht::catalogui
