#include "oht/progressui/pindialog.h"

#include "oht/progress/profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace oht::progressui {

PinDialog::PinDialog(progress::ProfileStore &profiles, const progress::Profile &profile,
                     Purpose purpose, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_purpose(purpose), m_prompt(new QLabel(this)),
      m_profile(profile), m_pin(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("pinDialog"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
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
    if (purpose == Purpose::Start) {
        // Whoever sits down next may not be the last learner: let them pick themselves.
        const auto all = profiles.list();
        if (all && all->size() > 1) {
            m_choices = *all;
            m_chooser = new QComboBox(this);
            m_chooser->setObjectName(QStringLiteral("learnerChooser"));
            m_chooser->setAccessibleName(tr("Who is learning"));
            for (const progress::Profile &p : std::as_const(m_choices)) {
                m_chooser->addItem(p.hasPin ? tr("%1 (PIN)").arg(p.name) : p.name);
                if (p.id == profile.id)
                    m_chooser->setCurrentIndex(m_chooser->count() - 1);
            }
            auto *label = new QLabel(tr("&Who is learning:"), this);
            label->setBuddy(m_chooser);
            layout->addWidget(label);
            layout->addWidget(m_chooser);
            connect(m_chooser, &QComboBox::currentIndexChanged, this, &PinDialog::choose);
        }
    }
    layout->addWidget(m_prompt);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updatePrompt();
    m_pin->setFocus();
}

void PinDialog::choose(int index)
{
    if (index < 0 || index >= m_choices.size())
        return;
    m_profile = m_choices.at(index);
    m_pin->clear();
    m_error->hide();
    updatePrompt();
}

void PinDialog::updatePrompt()
{
    setWindowTitle(tr("PIN for %1").arg(m_profile.name));
    m_pin->setAccessibleName(tr("PIN of %1").arg(m_profile.name));
    m_pin->setEnabled(m_profile.hasPin);
    const QString name = m_profile.name.toHtmlEscaped();
    if (!m_profile.hasPin)
        m_prompt->setText(tr("<b>%1</b> has no PIN: press Continue.").arg(name));
    else if (m_purpose == Purpose::Change)
        m_prompt->setText(
            tr("Enter the current PIN of <b>%1</b> to change this learner.").arg(name));
    else
        m_prompt->setText(tr("Enter the PIN of <b>%1</b> to continue as this learner.").arg(name));
}

void PinDialog::accept()
{
    if (!m_profile.hasPin) {
        QDialog::accept();
        return;
    }
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

std::optional<progress::Profile> PinDialog::chooseAtStart(progress::ProfileStore &profiles,
                                                          const progress::Profile &last,
                                                          QWidget *parent)
{
    if (!last.hasPin)
        return last;
    PinDialog dialog(profiles, last, Purpose::Start, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.profile();
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
