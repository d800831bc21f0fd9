#include "oht/quizview/questioncard.h"

#include "oht/quizview/questionwidget.h"
#include "oht/quizview/questionwidgetfactory.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace oht::quizview {

namespace {

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString points(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

QuestionCard::QuestionCard(const packformat::Question &question, int number, int count,
                           const QStringList &optionOrder, bool checkButton, QWidget *parent)
    : QFrame(parent), m_question(question), m_header(makeLabel(QStringLiteral("header"), this)),
      m_prompt(makeLabel(QStringLiteral("prompt"), this)),
      m_input(createQuestionWidget(question, optionOrder, this)),
      m_check(new QPushButton(tr("Check answer"), this)),
      m_error(makeLabel(QStringLiteral("error"), this)),
      m_result(makeLabel(QStringLiteral("result"), this)),
      m_feedback(makeLabel(QStringLiteral("feedback"), this)),
      m_explanation(makeLabel(QStringLiteral("explanation"), this))
{
    setObjectName(QStringLiteral("question-") + question.id);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Question %1 of %2").arg(number).arg(count));

    m_header->setText(question.points == 1.0
                          ? tr("Question %1 of %2 · 1 point").arg(number).arg(count)
                          : tr("Question %1 of %2 · %3 points")
                                .arg(number)
                                .arg(count)
                                .arg(points(question.points)));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    // Prompts are Markdown inline text (docs/pack-format.md).
    m_prompt->setTextFormat(Qt::MarkdownText);
    m_prompt->setOpenExternalLinks(false);
    m_prompt->setText(question.prompt);
    m_prompt->setAccessibleName(question.prompt);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.1);
    m_prompt->setFont(promptFont);
    m_input->setAccessibleDescription(question.prompt);

    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setAccessibleName(tr("Check answer to question %1").arg(number));
    m_check->setVisible(checkButton);
    m_check->setAutoDefault(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_error->setAccessibleName(tr("Problem with your answer"));
    m_error->hide();
    m_result->hide();
    m_feedback->hide();
    m_explanation->hide();
    QFont resultFont = m_result->font();
    resultFont.setBold(true);
    m_result->setFont(resultFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_prompt);
    layout->addWidget(m_input);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);
    layout->addLayout(checkRow);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(m_feedback);
    layout->addWidget(m_explanation);

    connect(m_check, &QPushButton::clicked, this, &QuestionCard::checkRequested);
    connect(m_input, &QuestionWidget::submitted, this, [this] {
        if (m_check->isVisible())
            emit checkRequested();
    });
    connect(m_input, &QuestionWidget::responseChanged, this, [this] { showError({}); });
    setFocusProxy(m_input);
}

QString QuestionCard::questionId() const
{
    return m_question.id;
}

void QuestionCard::showError(const QString &message)
{
    m_error->setText(message.isEmpty() ? QString() : tr("⚠ %1").arg(message));
    m_error->setVisible(!message.isEmpty());
}

void QuestionCard::showResult(const quiz::Grade &grade)
{
    m_checked = true;
    showError({});
    m_input->setLocked(true);
    m_input->showSolution();
    m_check->hide();
    QString result;
    if (!grade.answered)
        result = tr("Not answered · score 0 of %1").arg(points(grade.available));
    else if (grade.correct)
        result =
            tr("✓ Correct · score %1 of %2").arg(points(grade.earned), points(grade.available));
    else if (grade.fraction > 0)
        result = tr("◐ Partly correct · score %1 of %2")
                     .arg(points(grade.earned), points(grade.available));
    else
        result = tr("✗ Incorrect · score 0 of %1").arg(points(grade.available));
    m_result->setText(result);
    m_result->show();
    // Option feedback is already shown beside its option; keep the rest (correct /
    // incorrect feedback, true/false feedback).
    QStringList feedback = grade.feedback;
    for (const auto &option : m_question.options)
        feedback.removeAll(option.feedback);
    feedback.removeAll(QString());
    m_feedback->setText(feedback.join(QLatin1Char('\n')));
    m_feedback->setVisible(!feedback.isEmpty());
    // The input shows the right answer itself (showSolution); the explanation comes last.
    m_explanation->setText(tr("Explanation: %1").arg(m_question.explanation));
    m_explanation->setVisible(!m_question.explanation.isEmpty());
    const QString summary =
        QStringList{result, m_feedback->text(), m_input->solutionText(), m_explanation->text()}
            .join(QLatin1Char(' '));
    setAccessibleDescription(summary);
}

} // namespace oht::quizview
