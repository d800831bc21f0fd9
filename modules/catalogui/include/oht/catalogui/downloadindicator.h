#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace oht::catalog {
class DownloadQueue;
}

namespace oht::catalogui {

/// A status-bar indicator shown while downloads run: the whole queue's progress and a
/// button that opens the downloads.
class DownloadIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit DownloadIndicator(catalog::DownloadQueue &queue, QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *button() const { return m_button; }

signals:
    void downloadsRequested();

private:
    void update();

    catalog::DownloadQueue &m_queue;
    QProgressBar *m_progress;
    QToolButton *m_button;
};

} // namespace oht::catalogui
