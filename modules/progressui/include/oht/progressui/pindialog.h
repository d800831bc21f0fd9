#pragma once

#include "oht/progress/profile.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
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
    /// At start: `last` when it has no PIN; otherwise asks for its PIN, and lets someone
    /// else pick their own learner instead (a sibling must not be locked out by the
    /// previous user's PIN). nullopt when cancelled (the app quits).
    static std::optional<progress::Profile> chooseAtStart(progress::ProfileStore &profiles,
                                                          const progress::Profile &last,
                                                          QWidget *parent = nullptr);

    /// The learner the dialog is for (at start, the one chosen in the list).
    progress::Profile profile() const { return m_profile; }
    /// At start with several learners: who is learning; otherwise nullptr.
    QComboBox *learnerChooser() const { return m_chooser; }

    QLineEdit *pinField() const { return m_pin; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void choose(int index);
    void updatePrompt();

    progress::ProfileStore &m_profiles;
    Purpose m_purpose;
    QList<progress::Profile> m_choices;
    QComboBox *m_chooser = nullptr;
    QLabel *m_prompt;
    progress::Profile m_profile;
    QLineEdit *m_pin;
    QLabel *m_error;
};

} // namespace oht::progressui
