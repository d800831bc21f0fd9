#include "oht/quizview/questionwidget.h"

namespace oht::quizview {

QuestionWidget::QuestionWidget(packformat::Question question, QWidget *parent)
    : QWidget(parent), m_question(std::move(question))
{
    setAccessibleName(tr("Answer"));
}

QString QuestionWidget::inputError() const
{
    return response().isEmpty() ? tr("Please give an answer first.") : QString();
}

} // namespace oht::quizview
