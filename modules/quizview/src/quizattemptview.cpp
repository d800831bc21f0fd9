#include "oht/quizview/quizattemptview.h"

#include "oht/quizview/questioncard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oht::quizview {

QuizAttemptView::QuizAttemptView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_mode(new QLabel(this)),
      m_notice(new QLabel(this)), m_scroll(new QScrollArea(this)), m_progress(new QLabel(this)),
      m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("quizAttempt"));
    for (QLabel *label : {m_title, m_mode, m_notice, m_progress}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_notice->setObjectName(QStringLiteral("attemptNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    m_progress->setObjectName(QStringLiteral("attemptProgress"));
    m_submit->setObjectName(QStringLiteral("submitQuizButton"));
    m_scroll->setObjectName(QStringLiteral("attemptScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_mode);
    layout->addWidget(m_notice);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);
    connect(m_submit, &QPushButton::clicked, this, &QuizAttemptView::submitRequested);
}

void QuizAttemptView::build(const QString &title, const packformat::Quiz &quiz,
                            const quiz::Presentation &presentation, bool immediate)
{
    m_cards.clear();
    delete m_body;
    m_body = new QWidget;
    auto *column = new QVBoxLayout(m_body);
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_mode->setText(immediate ? tr("Answer a question and choose Check answer to see whether "
                                   "it is right. Your answers are saved as you go.")
                              : tr("Exam: you see the results after submitting. Your answers are "
                                   "saved as you go, and you can change them until you submit."));
    m_submit->setText(immediate ? tr("&Finish the quiz") : tr("&Submit answers"));
    m_submit->setAccessibleName(m_submit->text().remove(QLatin1Char('&')));
    int number = 0;
    for (const QString &questionId : presentation.questionOrder) {
        const auto it =
            std::find_if(quiz.questions.cbegin(), quiz.questions.cend(),
                         [&](const packformat::Question &q) { return q.id == questionId; });
        if (it == quiz.questions.cend())
            continue;
        auto *card = new QuestionCard(*it, ++number, int(presentation.questionOrder.size()),
                                      presentation.optionOrder.value(it->id), immediate, m_body);
        column->addWidget(card);
        m_cards.append(card);
    }
    column->addStretch(1);
    m_scroll->setWidget(m_body);
    setNotice({});
}

void QuizAttemptView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setVisible(!text.isEmpty());
}

void QuizAttemptView::setProgress(int answered, int total)
{
    m_progress->setText(tr("%1 of %2 questions answered").arg(answered).arg(total));
    m_progress->setAccessibleName(m_progress->text());
}

QuestionCard *QuizAttemptView::card(const QString &questionId) const
{
    for (QuestionCard *card : m_cards) {
        if (card->questionId() == questionId)
            return card;
    }
    return nullptr;
}

void QuizAttemptView::focusCard(QuestionCard *card)
{
    if (!card)
        return;
    m_scroll->ensureWidgetVisible(card);
    card->setFocus(Qt::OtherFocusReason);
}

} // namespace oht::quizview
