#include "oht/ui/externallinkbar.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrlQuery>

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
    m_copy->setText(tr("C&opy Link"));
    m_copy->setAccessibleName(tr("Copy link"));
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss link notice"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_close);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(copyText());
        m_copy->setText(tr("Copied"));
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

namespace {
bool isScheme(const QUrl &url, const char *scheme)
{
    return url.scheme().compare(QLatin1String(scheme), Qt::CaseInsensitive) == 0;
}
} // namespace

QString ExternalLinkBar::copyText() const
{
    if (isScheme(m_url, "mailto") || isScheme(m_url, "tel"))
        return m_url.path(QUrl::FullyDecoded).trimmed();
    return m_url.toString();
}

void ExternalLinkBar::showUrl(const QUrl &url)
{
    m_url = url;
    QString accessibleCopy;
    if (isScheme(url, "mailto")) {
        // A subject the link suggests is worth keeping; other fields (body, cc) are not
        // shown, the address is what the learner needs.
        QString address = copyText();
        const QString subject =
            QUrlQuery(url).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded);
        if (!subject.isEmpty())
            address += u'\n' + tr("Subject: %1").arg(subject);
        m_label->setText(tr("An e-mail address from the course (no e-mail program was opened):\n%1")
                             .arg(address));
        // Alt+C belongs to About this Course, Alt+N to Next, Alt+L to Library.
        m_copy->setText(tr("Copy &Address"));
        accessibleCopy = tr("Copy e-mail address");
    } else if (isScheme(url, "tel")) {
        m_label->setText(
            tr("A phone number from the course (no call was made):\n%1").arg(copyText()));
        m_copy->setText(tr("Copy Nu&mber"));
        accessibleCopy = tr("Copy phone number");
    } else {
        m_label->setText(tr("This link leads outside the course and was not opened:\n%1")
                             .arg(url.toDisplayString()));
        m_copy->setText(tr("C&opy Link"));
        accessibleCopy = tr("Copy link");
    }
    m_label->setAccessibleName(m_label->text());
    m_copy->setAccessibleName(accessibleCopy);
    show();
    m_copy->setFocus(Qt::OtherFocusReason);
}

} // namespace oht::ui
