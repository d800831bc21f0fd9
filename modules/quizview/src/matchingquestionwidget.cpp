#include "oht/quizview/matchingquestionwidget.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace oht::quizview {

MatchingQuestionWidget::MatchingQuestionWidget(const packformat::Question &question,
                                               const QStringList &rightOrder, QWidget *parent)
    : QuestionWidget(question, parent)
{
    QStringList order = rightOrder;
    for (const auto &pair : m_question.pairs) {
        if (!order.contains(pair.id))
            order.append(pair.id);
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnMinimumWidth(0, 16);
    grid->setColumnStretch(1, 1);
    for (const auto &pair : m_question.pairs) {
        Row row;
        row.pair = pair;
        auto *left = new QLabel(pair.left, this);
        left->setTextFormat(Qt::PlainText);
        left->setWordWrap(true);
        row.combo = new QComboBox(this);
        row.combo->setObjectName(QStringLiteral("match-") + pair.id);
        row.combo->setAccessibleName(tr("Match for “%1”").arg(pair.left));
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.combo->setMinimumContentsLength(6);
        row.combo->addItem(tr("Choose…"), QString());
        for (const QString &id : order) {
            for (const auto &p : m_question.pairs) {
                if (p.id == id)
                    row.combo->addItem(p.right, p.id);
            }
        }
        left->setBuddy(row.combo);
        row.feedback = new QLabel(this);
        row.feedback->setObjectName(QStringLiteral("matchFeedback-") + pair.id);
        row.feedback->setWordWrap(true);
        row.feedback->setTextFormat(Qt::PlainText);
        row.feedback->hide();
        // Each left item above its drop-down: two columns would not fit a narrow window at
        // large text sizes.
        const int r = grid->rowCount();
        grid->addWidget(left, r, 0, 1, 2);
        grid->addWidget(row.combo, r + 1, 1);
        grid->addWidget(row.feedback, r + 2, 1);
        connect(row.combo, &QComboBox::activated, this, &QuestionWidget::responseChanged);
        m_rows.append(row);
    }
    setAccessibleName(tr("Match each item"));
    if (!m_rows.isEmpty())
        setFocusProxy(m_rows.first().combo);
}

quiz::Response MatchingQuestionWidget::response() const
{
    quiz::Response r;
    for (const Row &row : m_rows) {
        const QString chosen = row.combo->currentData().toString();
        if (!chosen.isEmpty())
            r.matches.insert(row.pair.id, chosen);
    }
    return r;
}

void MatchingQuestionWidget::setResponse(const quiz::Response &response)
{
    for (Row &row : m_rows) {
        const int index = row.combo->findData(response.matches.value(row.pair.id));
        row.combo->setCurrentIndex(index < 0 ? 0 : index);
    }
}

QString MatchingQuestionWidget::inputError() const
{
    const qsizetype open = m_rows.size() - response().matches.size();
    if (open == 0)
        return {};
    return tr("Choose a match for every item first (%n still open).", nullptr, int(open));
}

void MatchingQuestionWidget::setLocked(bool locked)
{
    for (Row &row : m_rows)
        row.combo->setEnabled(!locked);
}

void MatchingQuestionWidget::showSolution()
{
    for (Row &row : m_rows) {
        const QString chosen = row.combo->currentData().toString();
        row.feedback->setText(
            chosen == row.pair.id
                ? tr("✓ Right.")
                : tr("✗ “%1” goes with “%2”.").arg(row.pair.left, row.pair.right));
        row.feedback->show();
        row.combo->setAccessibleDescription(row.feedback->text());
    }
}

QString MatchingQuestionWidget::solutionText() const
{
    QStringList pairs;
    for (const Row &row : m_rows)
        pairs << tr("%1 → %2").arg(row.pair.left, row.pair.right);
    return tr("Right matches: %1").arg(pairs.join(QStringLiteral("; ")));
}

QComboBox *MatchingQuestionWidget::comboFor(const QString &pairId) const
{
    for (const Row &row : m_rows) {
        if (row.pair.id == pairId)
            return row.combo;
    }
    return nullptr;
}

QLabel *MatchingQuestionWidget::feedbackLabel(const QString &pairId) const
{
    for (const Row &row : m_rows) {
        if (row.pair.id == pairId)
            return row.feedback;
    }
    return nullptr;
}

} // namespace oht::quizview
