#pragma once

#include "oht/quizview/questionwidget.h"

class QLabel;
class QLineEdit;

namespace oht::quizview {

/// A short text answer, compared as the pack format says (trimmed, case-insensitive).
class TextQuestionWidget : public QuestionWidget
{
    Q_OBJECT
public:
    explicit TextQuestionWidget(const packformat::Question &question, QWidget *parent = nullptr);

    quiz::Response response() const override;
    void setResponse(const quiz::Response &response) override;
    QString inputError() const override;
    void setLocked(bool locked) override;
    void showSolution() override;
    QString solutionText() const override;

    QLineEdit *field() const { return m_field; }
    QLabel *feedbackLabel() const { return m_feedback; }

private:
    QLineEdit *m_field;
    QLabel *m_feedback;
};

} // namespace oht::quizview
