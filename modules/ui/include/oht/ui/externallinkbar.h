#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QPushButton;

namespace oht::ui {

/// Shown when a lesson links to the web, an e-mail address (mailto:) or a phone number
/// (tel:): the app never opens such links itself (no browser, mail program or dialler),
/// so it shows the address as text the learner can copy and use where they choose.
class ExternalLinkBar : public QFrame
{
    Q_OBJECT
public:
    explicit ExternalLinkBar(QWidget *parent = nullptr);

    void showUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    /// What Copy puts on the clipboard: the web address, or the bare e-mail address or
    /// phone number (without "mailto:" / "tel:", ready to paste into another program).
    QString copyText() const;

private:
    QUrl m_url;
    QLabel *m_label;
    QPushButton *m_copy;
    QPushButton *m_close;
};

} // namespace oht::ui
