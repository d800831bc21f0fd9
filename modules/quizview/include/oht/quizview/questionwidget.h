#pragma once

#include "oht/packformat/quiz.h"
#include "oht/quiz/response.h"

#include <QWidget>

namespace oht::quizview {

/// The input for one question: a native widget per question type. It knows nothing of
/// attempts or storage; QuestionCard and QuizPage read response() and record it.
class QuestionWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionWidget(packformat::Question question, QWidget *parent = nullptr);

    const packformat::Question &question() const { return m_question; }

    /// What the learner has given so far (empty when nothing usable was given).
    virtual quiz::Response response() const = 0;
    /// Shows a recorded answer (resume, review).
    virtual void setResponse(const quiz::Response &response) = 0;
    /// Empty when response() is a usable answer; otherwise a message telling the learner
    /// what to do ("Choose an answer…", "“abc” is not a number…").
    virtual QString inputError() const;
    /// Read-only after an answer was checked, and in a review.
    virtual void setLocked(bool locked) = 0;
    /// Marks the right answer next to the learner's (and per-option feedback). Called after
    /// the answer was checked (immediate mode) or the quiz submitted (exam mode).
    virtual void showSolution() = 0;
    /// The right answer in words, for the card's summary and screen readers.
    virtual QString solutionText() const = 0;

signals:
    /// The learner changed the answer.
    void responseChanged();
    /// The learner pressed Enter in a typed answer: check it (immediate mode).
    void submitted();

protected:
    packformat::Question m_question;
};

} // namespace oht::quizview
