#include "oht/progressui/learnermanagerdialog.h"

#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/pindialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace oht::progressui {

LearnerManagerDialog::LearnerManagerDialog(progress::ProgressServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_pin(new QLineEdit(this)), m_message(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Learner"), this)),
      m_rename(new QPushButton(tr("&Rename"), this)),
      m_setPin(new QPushButton(tr("Set &PIN"), this)),
      m_clearPin(new QPushButton(tr("&Clear PIN"), this)),
      m_delete(new QPushButton(tr("&Delete Learner…"), this))
{
    setObjectName(QStringLiteral("learnerManagerDialog"));
    setWindowTitle(tr("Manage Learners"));
    auto *intro = new QLabel(tr("Everyone who shares this computer can have their own "
                                "progress. A PIN keeps others out of a learner's record."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("learnerList"));
    m_list->setAccessibleName(tr("Learners"));
    m_name->setObjectName(QStringLiteral("learnerNameField"));
    m_name->setAccessibleName(tr("Learner name"));
    m_name->setMaxLength(progress::ProfileStore::kMaxNameLength + 20);
    m_name->setPlaceholderText(tr("Name"));
    m_pin->setObjectName(QStringLiteral("learnerPinField"));
    m_pin->setAccessibleName(tr("New PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("4 to 12 digits"));
    // Letters are refused by ProfileStore::validatePin with a message; no validator here,
    // so the learner sees why instead of keys that do nothing.
    m_message->setObjectName(QStringLiteral("learnerMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    m_add->setObjectName(QStringLiteral("addLearnerButton"));
    m_rename->setObjectName(QStringLiteral("renameLearnerButton"));
    m_setPin->setObjectName(QStringLiteral("setPinButton"));
    m_clearPin->setObjectName(QStringLiteral("clearPinButton"));
    m_delete->setObjectName(QStringLiteral("deleteLearnerButton"));
    m_add->setAccessibleName(tr("Add a learner with this name"));
    m_rename->setAccessibleName(tr("Rename the selected learner"));
    m_setPin->setAccessibleName(tr("Set or change the selected learner's PIN"));
    m_clearPin->setAccessibleName(tr("Remove the selected learner's PIN"));
    m_delete->setAccessibleName(tr("Delete the selected learner and their progress"));

    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *pinLabel = new QLabel(tr("P&IN:"), this);
    pinLabel->setBuddy(m_pin);
    auto *grid = new QGridLayout;
    grid->addWidget(nameLabel, 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_add, 0, 2);
    grid->addWidget(m_rename, 0, 3);
    grid->addWidget(pinLabel, 1, 0);
    grid->addWidget(m_pin, 1, 1);
    grid->addWidget(m_setPin, 1, 2);
    grid->addWidget(m_clearPin, 1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &LearnerManagerDialog::addLearner);
    connect(m_rename, &QPushButton::clicked, this, &LearnerManagerDialog::renameLearner);
    connect(m_setPin, &QPushButton::clicked, this, &LearnerManagerDialog::setPin);
    connect(m_clearPin, &QPushButton::clicked, this, &LearnerManagerDialog::clearPin);
    connect(m_delete, &QPushButton::clicked, this, &LearnerManagerDialog::deleteLearner);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_name->setText(item->data(Qt::UserRole + 1).toString());
        updateButtons();
    });
    reload(m_services.profileId());
    resize(520, 420);
}

void LearnerManagerDialog::reload(qint64 selectId)
{
    m_list->clear();
    const auto profiles = m_services.profiles().list();
    if (!profiles) {
        showMessage(tr("The learners cannot be read: %1").arg(profiles.error().message), true);
        return;
    }
    for (const progress::Profile &p : *profiles) {
        QString text = p.name;
        if (p.id == m_services.profileId())
            text = tr("%1 (current)").arg(text);
        if (p.hasPin)
            text = tr("%1 — PIN set").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.name);
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

bool LearnerManagerDialog::select(qint64 profileId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == profileId) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

qint64 LearnerManagerDialog::selectedId() const
{
    QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void LearnerManagerDialog::updateButtons()
{
    const qint64 id = selectedId();
    bool hasPin = false;
    if (id != 0) {
        if (const auto profile = m_services.profiles().profile(id))
            hasPin = profile->hasPin;
    }
    m_rename->setEnabled(id != 0);
    m_setPin->setEnabled(id != 0);
    m_clearPin->setEnabled(hasPin);
    m_delete->setEnabled(id != 0 && id != m_services.profileId());
    m_delete->setToolTip(id == m_services.profileId()
                             ? tr("This learner is using the app: switch to another learner "
                                  "before deleting this one.")
                             : QString());
}

void LearnerManagerDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? tr("⚠ %1").arg(text) : text);
    m_message->setAccessibleDescription(text);
    m_message->show();
}

std::optional<progress::Profile> LearnerManagerDialog::unlockedSelection(bool always)
{
    const auto profile = m_services.profiles().profile(selectedId());
    if (!profile) {
        showMessage(profile.error().message, true);
        return std::nullopt;
    }
    if ((always || profile->id != m_services.profileId()) &&
        !PinDialog::verify(m_services.profiles(), *profile, PinDialog::Purpose::Change, this))
        return std::nullopt;
    return *profile;
}

void LearnerManagerDialog::profileChanged(const progress::Profile &profile)
{
    // The session shows the name (status bar); keep it in step.
    if (profile.id == m_services.profileId())
        m_services.session().setProfile(profile);
    reload(profile.id);
}

void LearnerManagerDialog::addLearner()
{
    const auto created = m_services.profiles().create(m_name->text());
    if (!created) {
        showMessage(created.error().message, true);
        return;
    }
    reload(created->id);
    showMessage(tr("Added “%1”. Switch to this learner from the Learner menu.").arg(created->name),
                false);
}

void LearnerManagerDialog::renameLearner()
{
    const auto valid = progress::ProfileStore::validateName(m_name->text());
    if (!valid) {
        showMessage(valid.error().message, true);
        return;
    }
    const auto profile = unlockedSelection(false);
    if (!profile)
        return;
    const auto renamed = m_services.profiles().rename(profile->id, *valid);
    if (!renamed) {
        showMessage(renamed.error().message, true);
        return;
    }
    profileChanged(*m_services.profiles().profile(profile->id));
    showMessage(tr("Renamed “%1” to “%2”.").arg(profile->name, *valid), false);
}

void LearnerManagerDialog::setPin()
{
    const QString pin = m_pin->text();
    if (const auto valid = progress::ProfileStore::validatePin(pin); !valid || pin.isEmpty()) {
        showMessage(valid ? tr("Type a PIN of %1 to %2 digits first.")
                                .arg(progress::ProfileStore::kMinPinLength)
                                .arg(progress::ProfileStore::kMaxPinLength)
                          : valid.error().message,
                    true);
        return;
    }
    const auto profile = unlockedSelection(true);
    if (!profile)
        return;
    const auto set = m_services.profiles().setPin(profile->id, pin);
    if (!set) {
        showMessage(set.error().message, true);
        return;
    }
    m_pin->clear();
    profileChanged(*m_services.profiles().profile(profile->id));
    showMessage(tr("The PIN of “%1” is set.").arg(profile->name), false);
}

void LearnerManagerDialog::clearPin()
{
    const auto profile = unlockedSelection(true);
    if (!profile)
        return;
    const auto cleared = m_services.profiles().setPin(profile->id, {});
    if (!cleared) {
        showMessage(cleared.error().message, true);
        return;
    }
    profileChanged(*m_services.profiles().profile(profile->id));
    showMessage(tr("“%1” has no PIN now.").arg(profile->name), false);
}

void LearnerManagerDialog::deleteLearner()
{
    if (selectedId() == m_services.profileId())
        return; // the button is disabled; a keyboard shortcut must not get around it
    const auto profile = unlockedSelection(false);
    if (!profile)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Learner"),
                    tr("Delete “%1” and all of their progress?").arg(profile->name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteLearnerConfirm"));
    box.setInformativeText(tr("Their lessons read, quiz attempts and time spent are removed from "
                              "this computer. Other learners keep everything. This cannot be "
                              "undone; export the record first to keep a copy."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteLearnerButton"));
    QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const auto removed = m_services.profiles().remove(profile->id);
    if (!removed) {
        showMessage(removed.error().message, true);
        return;
    }
    reload(m_services.profileId());
    showMessage(tr("Deleted “%1” and their progress.").arg(profile->name), false);
}

} // namespace oht::progressui
