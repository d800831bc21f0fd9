#include "oht/catalogui/trustedkeysdialog.h"

#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/keyfile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace oht::catalogui {

TrustedKeysDialog::TrustedKeysDialog(catalog::CatalogConfig &config, QWidget *parent)
    : QDialog(parent), m_config(config), m_list(new QListWidget(this)), m_message(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Key File…"), this)),
      m_remove(new QPushButton(tr("&Remove Key"), this))
{
    setObjectName(QStringLiteral("trustedKeysDialog"));
    setWindowTitle(tr("Trusted Publishers"));
    auto *intro = new QLabel(tr("Courses are installed only when they are signed with one of "
                                "these publisher keys. Add a key only from a publisher you trust, "
                                "received in a way you trust."),
                             this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Publisher keys:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("keyList"));
    m_list->setAccessibleName(tr("Publisher keys"));
    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_add->setObjectName(QStringLiteral("addKeyButton"));
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TrustedKeysDialog::chooseKeyFile);
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    reload();
    resize(520, 360);
}

void TrustedKeysDialog::reload()
{
    m_list->clear();
    for (const auto &key : m_config.trustedKeys().keys()) {
        auto *item = new QListWidgetItem(
            tr("%1 — key %2").arg(key.name.isEmpty() ? tr("(unnamed)") : key.name, key.keyId()),
            m_list);
        item->setData(Qt::UserRole, key.keyId());
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void TrustedKeysDialog::chooseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add Publisher Key"), {}, tr("Public key files (*.pub);;All files (*)"));
    if (!path.isEmpty())
        addKeyFile(path);
}

bool TrustedKeysDialog::addKeyFile(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        m_message->setText(tr("“%1” is not a file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto key = catalog::KeyFile::readPublic(path);
    if (!key) {
        m_message->setText(tr("“%1” is not a publisher key: %2")
                               .arg(QFileInfo(path).fileName(), key.error().message));
        return false;
    }
    if (key->name.isEmpty())
        key->name = QFileInfo(path).completeBaseName();
    m_config.addTrustedKey(*key);
    if (!save())
        return false;
    m_message->setText(tr("Added the key of “%1”.").arg(key->name));
    reload();
    return true;
}

void TrustedKeysDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString text = item->text();
    m_config.removeTrustedKey(item->data(Qt::UserRole).toString());
    if (!save())
        return;
    m_message->setText(
        tr("Removed %1. Courses signed only with it can no longer be installed.").arg(text));
    reload();
}

bool TrustedKeysDialog::save()
{
    const auto saved = m_config.save();
    if (!saved) {
        m_message->setText(tr("The keys were not saved: %1").arg(saved.error().message));
        return false;
    }
    emit keysChanged();
    return true;
}

} // namespace oht::catalogui
