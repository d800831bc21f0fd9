#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QPushButton;

namespace oht::ui {

/// Shown when a lesson links to the web: the app never opens such links itself, so it
/// shows the address as text the learner can copy and open where they choose.
class ExternalLinkBar : public QFrame
{
    Q_OBJECT
public:
    explicit ExternalLinkBar(QWidget *parent = nullptr);

    void showUrl(const QUrl &url);
    QUrl url() const { return m_url; }

private:
    QUrl m_url;
    QLabel *m_label;
    QPushButton *m_copy;
    QPushButton *m_close;
};

} // namespace oht::ui
