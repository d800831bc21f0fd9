#include "oht/ui/externallinkbar.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace oht::ui {

ExternalLinkBar::ExternalLinkBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_copy(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("externalLinkBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("externalLinkText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_copy->setText(tr("&Copy Link"));
    m_copy->setAccessibleName(tr("Copy link"));
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss link notice"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_close);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString());
        m_copy->setText(tr("Copied"));
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ExternalLinkBar::showUrl(const QUrl &url)
{
    m_url = url;
    const QString address = url.toDisplayString();
    m_label->setText(tr("This link leads outside the course and was not opened:\n%1").arg(address));
    m_label->setAccessibleName(m_label->text());
    m_copy->setText(tr("&Copy Link"));
    show();
    m_copy->setFocus(Qt::OtherFocusReason);
}

} // namespace oht::ui
