#pragma once

#include "oht/progress/profile.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace oht::progress {
class ProfileStore;
}

namespace oht::progressui {

/// Asks for a learner's PIN and checks it. A wrong PIN says so and lets the learner try
/// again; the dialog only accepts with the right PIN. Cancel means "not this learner":
/// at start the app quits, when switching it stays with the current learner.
class PinDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Start, Switch, Change };

    PinDialog(progress::ProfileStore &profiles, const progress::Profile &profile, Purpose purpose,
              QWidget *parent = nullptr);

    /// True when `profile` has no PIN, or the learner typed it.
    static bool verify(progress::ProfileStore &profiles, const progress::Profile &profile,
                       Purpose purpose, QWidget *parent = nullptr);

    QLineEdit *pinField() const { return m_pin; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    progress::ProfileStore &m_profiles;
    progress::Profile m_profile;
    QLineEdit *m_pin;
    QLabel *m_error;
};

} // namespace oht::progressui
