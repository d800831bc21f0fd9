#pragma once

#include "oht/quizview/questionwidget.h"

class QLabel;
class QRadioButton;

namespace oht::quizview {

/// True or false: two radio buttons (arrows move, Space chooses).
class TrueFalseQuestionWidget : public QuestionWidget
{
    Q_OBJECT
public:
    explicit TrueFalseQuestionWidget(const packformat::Question &question,
                                     QWidget *parent = nullptr);

    quiz::Response response() const override;
    void setResponse(const quiz::Response &response) override;
    QString inputError() const override;
    void setLocked(bool locked) override;
    void showSolution() override;
    QString solutionText() const override;

    QRadioButton *trueButton() const { return m_true; }
    QRadioButton *falseButton() const { return m_false; }
    QLabel *feedbackLabel() const { return m_feedback; }

private:
    QRadioButton *m_true;
    QRadioButton *m_false;
    QLabel *m_feedback;
};

} // namespace oht::quizview
