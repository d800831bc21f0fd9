#include "oht/quizview/choicequestionwidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>

namespace oht::quizview {

ChoiceQuestionWidget::ChoiceQuestionWidget(const packformat::Question &question,
                                           const QStringList &optionOrder, QWidget *parent)
    : QuestionWidget(question, parent), m_group(new QButtonGroup(this))
{
    m_group->setExclusive(isSingle());
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    QStringList order = optionOrder;
    for (const auto &option : m_question.options) {
        if (!order.contains(option.id))
            order.append(option.id); // a presentation made without this option
    }
    for (const QString &id : order) {
        const auto it = std::find_if(m_question.options.cbegin(), m_question.options.cend(),
                                     [&](const packformat::Option &o) { return o.id == id; });
        if (it == m_question.options.cend())
            continue;
        Row row;
        row.option = *it;
        if (isSingle())
            row.button = new QRadioButton(this);
        else
            row.button = new QCheckBox(this);
        row.button->setObjectName(QStringLiteral("option-") + it->id);
        row.button->setAccessibleName(it->text);
        row.text = new QLabel(it->text, this);
        row.text->setTextFormat(Qt::PlainText);
        row.text->setWordWrap(true);
        row.text->setBuddy(row.button);
        row.text->installEventFilter(this);
        row.feedback = new QLabel(this);
        row.feedback->setObjectName(QStringLiteral("feedback-") + it->id);
        row.feedback->setTextFormat(Qt::PlainText);
        row.feedback->setWordWrap(true);
        row.feedback->hide();
        const int r = grid->rowCount();
        grid->addWidget(row.button, r, 0, Qt::AlignTop);
        grid->addWidget(row.text, r, 1);
        grid->addWidget(row.feedback, r + 1, 1);
        m_group->addButton(row.button);
        m_rows.append(row);
    }
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        // A radio group toggles two buttons per choice; report the choice once.
        if (!isSingle() || checked)
            emit responseChanged();
    });
    setAccessibleName(isSingle() ? tr("Choose one answer") : tr("Choose every right answer"));
    if (!m_rows.isEmpty())
        setFocusProxy(m_rows.first().button);
}

bool ChoiceQuestionWidget::isSingle() const
{
    return m_question.type != packformat::QuestionType::MultipleChoice;
}

quiz::Response ChoiceQuestionWidget::response() const
{
    quiz::Response r;
    for (const Row &row : m_rows) {
        if (row.button->isChecked())
            r.choices.append(row.option.id);
    }
    return r;
}

void ChoiceQuestionWidget::setResponse(const quiz::Response &response)
{
    const QSignalBlocker blocker(m_group);
    // An exclusive group refuses to uncheck its checked button; lift that while resetting.
    m_group->setExclusive(false);
    for (Row &row : m_rows)
        row.button->setChecked(response.choices.contains(row.option.id));
    m_group->setExclusive(isSingle());
}

QString ChoiceQuestionWidget::inputError() const
{
    if (!response().isEmpty())
        return {};
    return isSingle() ? tr("Choose an answer first.") : tr("Choose at least one answer first.");
}

void ChoiceQuestionWidget::setLocked(bool locked)
{
    // Only the buttons are disabled: the option texts are separate labels and stay fully
    // legible in a review.
    m_locked = locked;
    for (Row &row : m_rows)
        row.button->setEnabled(!locked);
}

void ChoiceQuestionWidget::showSolution()
{
    for (Row &row : m_rows) {
        const bool chosen = row.button->isChecked();
        QStringList parts;
        if (row.option.correct && chosen)
            parts << tr("✓ Right: you chose this.");
        else if (row.option.correct)
            parts << tr("✓ This is a right answer.");
        else if (chosen)
            parts << tr("✗ Not right: you chose this.");
        if (chosen && !row.option.feedback.isEmpty())
            parts << row.option.feedback;
        row.feedback->setText(parts.join(QLatin1Char(' ')));
        row.feedback->setVisible(!parts.isEmpty());
        row.button->setAccessibleDescription(row.feedback->text());
    }
}

QString ChoiceQuestionWidget::solutionText() const
{
    QStringList right;
    for (const Row &row : m_rows) {
        if (row.option.correct)
            right << row.option.text;
    }
    return right.size() == 1 ? tr("Right answer: %1").arg(right.first())
                             : tr("Right answers: %1").arg(right.join(QStringLiteral("; ")));
}

QAbstractButton *ChoiceQuestionWidget::button(const QString &optionId) const
{
    for (const Row &row : m_rows) {
        if (row.option.id == optionId)
            return row.button;
    }
    return nullptr;
}

QLabel *ChoiceQuestionWidget::feedbackLabel(const QString &optionId) const
{
    for (const Row &row : m_rows) {
        if (row.option.id == optionId)
            return row.feedback;
    }
    return nullptr;
}

bool ChoiceQuestionWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && !m_locked) {
        for (Row &row : m_rows) {
            if (row.text == watched) {
                row.button->setFocus(Qt::MouseFocusReason);
                if (isSingle())
                    row.button->setChecked(true);
                else
                    row.button->toggle();
                return true;
            }
        }
    }
    return QuestionWidget::eventFilter(watched, event);
}

} // namespace oht::quizview
