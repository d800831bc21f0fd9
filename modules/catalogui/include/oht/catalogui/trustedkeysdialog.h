#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace oht::catalog {
class CatalogConfig;
}

namespace oht::catalogui {

/// The publisher keys whose signatures the app accepts: view, add from a key file, remove.
/// Every change is saved at once.
class TrustedKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustedKeysDialog(catalog::CatalogConfig &config, QWidget *parent = nullptr);

    /// Adds the public key in `path` (a .pub key file); false (and the message shown in
    /// the dialog) when it is not one.
    bool addKeyFile(const QString &path);
    void removeSelected();

    QListWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void keysChanged();

private:
    void reload();
    void chooseKeyFile();
    bool save();

    catalog::CatalogConfig &m_config;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace oht::catalogui
