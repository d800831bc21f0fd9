#pragma once

#include "oht/quizview/questionwidget.h"

#include <QList>

class QAbstractButton;
class QButtonGroup;
class QLabel;

namespace oht::quizview {

/// Single choice (radio buttons: arrows move, Space chooses) and multiple choice (check
/// boxes: Tab, Space). The option text sits in a word-wrapping label beside the button
/// (a button's own text never wraps, so long options would be clipped at large text
/// sizes); clicking the label chooses the option too.
class ChoiceQuestionWidget : public QuestionWidget
{
    Q_OBJECT
public:
    /// `optionOrder`: option ids in the order of this attempt (quiz::Presentation).
    ChoiceQuestionWidget(const packformat::Question &question, const QStringList &optionOrder,
                         QWidget *parent = nullptr);

    quiz::Response response() const override;
    void setResponse(const quiz::Response &response) override;
    QString inputError() const override;
    void setLocked(bool locked) override;
    void showSolution() override;
    QString solutionText() const override;

    /// The button of an option (tests, focus).
    QAbstractButton *button(const QString &optionId) const;
    /// The label under an option that shows its mark and feedback after checking.
    QLabel *feedbackLabel(const QString &optionId) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        packformat::Option option;
        QAbstractButton *button = nullptr;
        QLabel *text = nullptr;
        QLabel *feedback = nullptr;
    };
    bool isSingle() const;

    QButtonGroup *m_group;
    QList<Row> m_rows;
    bool m_locked = false;
};

} // namespace oht::quizview
