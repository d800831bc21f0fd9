#pragma once

#include "oht/progress/profile.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace oht::progress {
class ProgressServices;
}

namespace oht::progressui {

/// Manage learners: add, rename, delete (asks, then removes only that learner's data),
/// set, change or clear a PIN. Changing a learner who has a PIN asks for it first (the
/// current learner's PIN too, before it is changed or cleared). The current learner cannot
/// be deleted: switch to another learner first.
class LearnerManagerDialog : public QDialog
{
    Q_OBJECT
public:
    LearnerManagerDialog(progress::ProgressServices &services, QWidget *parent = nullptr);

    /// Selects a learner in the list (false when there is no such learner).
    bool select(qint64 profileId);
    qint64 selectedId() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *pinField() const { return m_pin; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *setPinButton() const { return m_setPin; }
    QPushButton *clearPinButton() const { return m_clearPin; }
    QPushButton *deleteButton() const { return m_delete; }

    void addLearner();
    void renameLearner();
    void setPin();
    void clearPin();
    void deleteLearner();

private:
    void reload(qint64 selectId = 0);
    void updateButtons();
    void showMessage(const QString &text, bool error);
    /// The selected profile, after its PIN when it has one (`always`: even the current one).
    std::optional<progress::Profile> unlockedSelection(bool always);
    void profileChanged(const progress::Profile &profile);

    progress::ProgressServices &m_services;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_pin;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_setPin;
    QPushButton *m_clearPin;
    QPushButton *m_delete;
};

} // namespace oht::progressui
