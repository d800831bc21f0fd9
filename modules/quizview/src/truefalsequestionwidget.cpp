#include "oht/quizview/truefalsequestionwidget.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace oht::quizview {

TrueFalseQuestionWidget::TrueFalseQuestionWidget(const packformat::Question &question,
                                                 QWidget *parent)
    : QuestionWidget(question, parent), m_true(new QRadioButton(tr("True"), this)),
      m_false(new QRadioButton(tr("False"), this)), m_feedback(new QLabel(this))
{
    m_true->setObjectName(QStringLiteral("trueButton"));
    m_true->setAccessibleName(tr("True"));
    m_false->setObjectName(QStringLiteral("falseButton"));
    m_false->setAccessibleName(tr("False"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_true);
    group->addButton(m_false);
    m_feedback->setObjectName(QStringLiteral("trueFalseFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_true);
    layout->addWidget(m_false);
    layout->addWidget(m_feedback);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            emit responseChanged();
    });
    setAccessibleName(tr("True or false"));
    setFocusProxy(m_true);
}

quiz::Response TrueFalseQuestionWidget::response() const
{
    quiz::Response r;
    if (m_true->isChecked())
        r.truth = true;
    else if (m_false->isChecked())
        r.truth = false;
    return r;
}

void TrueFalseQuestionWidget::setResponse(const quiz::Response &response)
{
    const QSignalBlocker blockTrue(m_true);
    const QSignalBlocker blockFalse(m_false);
    auto *group = m_true->group();
    const QSignalBlocker blockGroup(group);
    group->setExclusive(false);
    m_true->setChecked(response.truth.has_value() && *response.truth);
    m_false->setChecked(response.truth.has_value() && !*response.truth);
    group->setExclusive(true);
}

QString TrueFalseQuestionWidget::inputError() const
{
    return response().isEmpty() ? tr("Choose True or False first.") : QString();
}

void TrueFalseQuestionWidget::setLocked(bool locked)
{
    m_true->setEnabled(!locked);
    m_false->setEnabled(!locked);
}

void TrueFalseQuestionWidget::showSolution()
{
    const auto given = response().truth;
    QStringList parts;
    if (given.has_value())
        parts << (*given == m_question.answer ? tr("✓ Right.") : tr("✗ Not right."));
    parts << solutionText();
    m_feedback->setText(parts.join(QLatin1Char(' ')));
    m_feedback->show();
}

QString TrueFalseQuestionWidget::solutionText() const
{
    return m_question.answer ? tr("The statement is true.") : tr("The statement is false.");
}

} // namespace oht::quizview
