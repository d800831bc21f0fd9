#include "oht/quizview/numericquestionwidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <cmath>

namespace oht::quizview {

NumericQuestionWidget::NumericQuestionWidget(const packformat::Question &question, QWidget *parent)
    : QuestionWidget(question, parent), m_field(new QLineEdit(this)), m_unit(new QLabel(this)),
      m_feedback(new QLabel(this))
{
    m_field->setObjectName(QStringLiteral("numberField"));
    m_field->setAccessibleName(m_question.unit.isEmpty()
                                   ? tr("Your answer (a number)")
                                   : tr("Your answer (a number, in %1)").arg(m_question.unit));
    m_field->setPlaceholderText(tr("A number, e.g. %1").arg(QLocale().toString(2.5)));
    m_field->setMaxLength(40);
    m_unit->setText(m_question.unit);
    m_unit->setTextFormat(Qt::PlainText);
    m_unit->setBuddy(m_field);
    m_unit->setVisible(!m_question.unit.isEmpty());
    m_feedback->setObjectName(QStringLiteral("numericFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->hide();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 0, 0);
    layout->addWidget(m_unit, 0, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_feedback, 1, 0, 1, 3);
    connect(m_field, &QLineEdit::textEdited, this, &QuestionWidget::responseChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &QuestionWidget::submitted);
    setAccessibleName(tr("Number answer"));
    setFocusProxy(m_field);
}

std::optional<double> NumericQuestionWidget::parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

quiz::Response NumericQuestionWidget::response() const
{
    quiz::Response r;
    r.number = parseNumber(m_field->text());
    return r;
}

void NumericQuestionWidget::setResponse(const quiz::Response &response)
{
    m_field->setText(response.number ? formatNumber(*response.number) : QString());
}

QString NumericQuestionWidget::inputError() const
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty())
        return tr("Type a number first.");
    if (!parseNumber(text)) {
        return tr("“%1” is not a number. Type digits only, for example %2.")
            .arg(text, QLocale().toString(2.5));
    }
    return {};
}

void NumericQuestionWidget::setLocked(bool locked)
{
    m_field->setReadOnly(locked);
}

void NumericQuestionWidget::showSolution()
{
    const auto given = response().number;
    QStringList parts;
    if (given) {
        parts << (std::abs(*given - m_question.numericAnswer) <= m_question.tolerance
                      ? tr("✓ Right.")
                      : tr("✗ Not right."));
    }
    parts << solutionText();
    m_feedback->setText(parts.join(QLatin1Char(' ')));
    m_feedback->show();
}

QString NumericQuestionWidget::solutionText() const
{
    QString answer = formatNumber(m_question.numericAnswer);
    if (m_question.tolerance > 0)
        answer = tr("%1 ± %2").arg(answer, formatNumber(m_question.tolerance));
    if (!m_question.unit.isEmpty())
        answer += QLatin1Char(' ') + m_question.unit;
    return tr("Right answer: %1").arg(answer);
}

QString NumericQuestionWidget::formatNumber(double value) const
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

} // namespace oht::quizview
