#pragma once

#include "oht/packformat/packvalidator.h"

#include <QDate>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QLabel;
class QStackedWidget;

namespace oht::library {
class Library;
}
namespace oht::progress {
class ProgressServices;
}
namespace oht::quizview {
class QuizPage;
}

namespace oht::reviewui {

/// A quiz of a source folder in the learner's own QuizPage, exactly as a learner takes
/// it. The folder is built into a pack and imported into a private library and progress
/// database in a temporary directory this widget owns, so nothing touches the learner's
/// real library or progress. A pack with errors cannot be built: a message then points
/// to the problems panel.
class LearnerQuizPreview : public QWidget
{
    Q_OBJECT
public:
    /// `today` is used for the build's validation, as in the rest of reviewer mode.
    explicit LearnerQuizPreview(const QString &sourceDir, QDate today = QDate::currentDate(),
                                QWidget *parent = nullptr);
    ~LearnerQuizPreview() override;

    /// The folder was re-validated: the next showQuiz() rebuilds and reimports it.
    void setValidation(const packformat::ValidationResult &result);
    /// Shows the quiz item in the learner's page (importing the folder first when it
    /// changed); false when it cannot be shown (the message says why).
    bool showQuiz(const QString &itemId);

    /// Where the private library and progress database live (removed with this widget).
    QString dataDir() const { return m_temp.path(); }
    /// Null until a quiz was shown from a pack without errors.
    quizview::QuizPage *quizPage() const { return m_page; }
    QLabel *messageLabel() const { return m_message; }
    bool isShowingQuiz() const;

private:
    bool importSource();
    void showMessage(const QString &text);

    QString m_dir;
    QDate m_today;
    QTemporaryDir m_temp;
    packformat::ValidationResult m_result;
    bool m_stale = true;
    QString m_packId;
    std::unique_ptr<library::Library> m_library;
    std::unique_ptr<progress::ProgressServices> m_progress; // reads m_library
    QStackedWidget *m_stack;
    QLabel *m_message;
    quizview::QuizPage *m_page = nullptr;
};

} // namespace oht::reviewui
