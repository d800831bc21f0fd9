#pragma once

#include "oht/quizview/questionwidget.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace oht::quizview {

/// A number (with the question's unit beside the field). Both the learner's decimal
/// separator and a point are accepted ("2,5" and "2.5" in Spanish); anything else is not
/// an answer and inputError() says why.
class NumericQuestionWidget : public QuestionWidget
{
    Q_OBJECT
public:
    explicit NumericQuestionWidget(const packformat::Question &question, QWidget *parent = nullptr);

    quiz::Response response() const override;
    void setResponse(const quiz::Response &response) override;
    QString inputError() const override;
    void setLocked(bool locked) override;
    void showSolution() override;
    QString solutionText() const override;

    QLineEdit *field() const { return m_field; }
    QLabel *feedbackLabel() const { return m_feedback; }

    /// The number in `text`, in the locale's or the C notation; nullopt when it is none.
    static std::optional<double> parseNumber(const QString &text);

private:
    QString formatNumber(double value) const;

    QLineEdit *m_field;
    QLabel *m_unit;
    QLabel *m_feedback;
};

} // namespace oht::quizview
