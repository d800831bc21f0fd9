#include "oht/quizview/textquestionwidget.h"

#include "oht/quiz/grader.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace oht::quizview {

TextQuestionWidget::TextQuestionWidget(const packformat::Question &question, QWidget *parent)
    : QuestionWidget(question, parent), m_field(new QLineEdit(this)), m_feedback(new QLabel(this))
{
    m_field->setObjectName(QStringLiteral("textField"));
    m_field->setAccessibleName(tr("Your answer (a word or short phrase)"));
    m_field->setPlaceholderText(tr("Type your answer"));
    m_field->setMaxLength(500);
    m_feedback->setObjectName(QStringLiteral("textFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_feedback);
    connect(m_field, &QLineEdit::textEdited, this, &QuestionWidget::responseChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &QuestionWidget::submitted);
    setAccessibleName(tr("Text answer"));
    setFocusProxy(m_field);
}

quiz::Response TextQuestionWidget::response() const
{
    quiz::Response r;
    r.text = m_field->text().trimmed();
    return r;
}

void TextQuestionWidget::setResponse(const quiz::Response &response)
{
    m_field->setText(response.text);
}

QString TextQuestionWidget::inputError() const
{
    return response().isEmpty() ? tr("Type an answer first.") : QString();
}

void TextQuestionWidget::setLocked(bool locked)
{
    m_field->setReadOnly(locked);
}

void TextQuestionWidget::showSolution()
{
    const QString given = quiz::Grader::normaliseText(response().text);
    bool right = false;
    for (const QString &accepted : m_question.accept)
        right = right || (!given.isEmpty() && quiz::Grader::normaliseText(accepted) == given);
    QStringList parts;
    if (!given.isEmpty())
        parts << (right ? tr("✓ Right.") : tr("✗ Not right."));
    parts << solutionText();
    m_feedback->setText(parts.join(QLatin1Char(' ')));
    m_feedback->show();
}

QString TextQuestionWidget::solutionText() const
{
    return m_question.accept.size() == 1
               ? tr("Accepted answer: %1").arg(m_question.accept.first())
               : tr("Accepted answers: %1").arg(m_question.accept.join(QStringLiteral("; ")));
}

} // namespace oht::quizview
