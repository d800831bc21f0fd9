#pragma once

#include "oht/packformat/quiz.h"
#include "oht/quiz/grade.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace oht::quizview {

class QuestionWidget;

/// One question of an attempt or a review: number and points, the prompt, the input
/// widget, a "Check answer" button (immediate mode), the learner-facing error when the
/// input is not an answer yet, and after checking the result, feedback and explanation.
class QuestionCard : public QFrame
{
    Q_OBJECT
public:
    QuestionCard(const packformat::Question &question, int number, int count,
                 const QStringList &optionOrder, bool checkButton, QWidget *parent = nullptr);

    QString questionId() const;
    QuestionWidget *input() const { return m_input; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *explanationLabel() const { return m_explanation; }
    bool isChecked() const { return m_checked; }

    /// Shows why the input is not an answer (empty: hides the message).
    void showError(const QString &message);
    /// Locks the input and shows the result, the feedback, the right answer and the
    /// explanation. `grade.answered` false: "Not answered".
    void showResult(const quiz::Grade &grade);

signals:
    /// The learner asked to check this answer (immediate mode).
    void checkRequested();

private:
    packformat::Question m_question;
    QLabel *m_header;
    QLabel *m_prompt;
    QuestionWidget *m_input;
    QPushButton *m_check;
    QLabel *m_error;
    QLabel *m_result;
    QLabel *m_feedback;
    QLabel *m_explanation;
    bool m_checked = false;
};

} // namespace oht::quizview
