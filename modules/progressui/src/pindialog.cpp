#include "oht/progressui/pindialog.h"

#include "oht/progress/profilestore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace oht::progressui {

PinDialog::PinDialog(progress::ProfileStore &profiles, const progress::Profile &profile,
                     Purpose purpose, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_profile(profile), m_pin(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("PIN for %1").arg(profile.name));
    auto *prompt = new QLabel(this);
    switch (purpose) {
    case Purpose::Start:
    case Purpose::Switch:
        prompt->setText(tr("Enter the PIN of <b>%1</b> to continue as this learner.")
                            .arg(profile.name.toHtmlEscaped()));
        break;
    case Purpose::Change:
        prompt->setText(tr("Enter the current PIN of <b>%1</b> to change this learner.")
                            .arg(profile.name.toHtmlEscaped()));
        break;
    }
    prompt->setWordWrap(true);
    prompt->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("PIN of %1").arg(profile.name));
    m_pin->setValidator(new QRegularExpressionValidator(
        QRegularExpression(
            QStringLiteral("[0-9]{0,%1}").arg(progress::ProfileStore::kMaxPinLength)),
        m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("PIN error"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setText(purpose == Purpose::Start ? tr("&Quit") : tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_pin->setFocus();
}

void PinDialog::accept()
{
    const QString pin = m_pin->text();
    if (pin.isEmpty()) {
        m_error->setText(tr("Type the PIN first."));
        m_error->show();
        return;
    }
    const auto right = m_profiles.checkPin(m_profile.id, pin);
    if (!right) {
        m_error->setText(tr("The PIN cannot be checked: %1").arg(right.error().message));
    } else if (!*right) {
        m_error->setText(tr("That PIN is not right. Try again."));
    } else {
        QDialog::accept();
        return;
    }
    m_error->show();
    m_pin->clear();
    m_pin->setFocus();
}

bool PinDialog::verify(progress::ProfileStore &profiles, const progress::Profile &profile,
                       Purpose purpose, QWidget *parent)
{
    if (!profile.hasPin)
        return true;
    PinDialog dialog(profiles, profile, purpose, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace oht::progressui
