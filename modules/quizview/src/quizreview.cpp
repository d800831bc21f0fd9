#include "oht/quizview/quizreview.h"

#include "oht/quiz/grader.h"
#include "oht/quiz/presentation.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oht::quizview {

QuizReview::QuizReview(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_older(new QLabel(this)), m_retry(new QPushButton(tr("&Try again"), this)),
      m_overview(new QPushButton(tr("&Back to the quiz overview"), this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("quizReview"));
    for (QLabel *label : {m_title, m_summary, m_older}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_older->setObjectName(QStringLiteral("olderVersionNotice"));
    m_older->setFrameShape(QFrame::StyledPanel);
    m_older->setMargin(6);
    m_older->setText(tr("ⓘ This attempt was made on an older version of the quiz. The "
                        "questions below are the current ones; your score is the one you "
                        "earned then."));
    m_older->setAccessibleName(m_older->text());
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Try the quiz again"));
    m_overview->setObjectName(QStringLiteral("overviewButton"));
    m_overview->setAccessibleName(tr("Back to the quiz overview"));
    m_scroll->setObjectName(QStringLiteral("reviewScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_overview);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_older);
    layout->addLayout(buttons);
    layout->addWidget(m_scroll, 1);

    connect(m_retry, &QPushButton::clicked, this, &QuizReview::retryRequested);
    connect(m_overview, &QPushButton::clicked, this, &QuizReview::overviewRequested);
    setFocusProxy(m_retry);
}

void QuizReview::showAttempt(const QString &title, const packformat::Quiz &quiz,
                             const progress::AttemptRecord &attempt)
{
    m_cards.clear();
    delete m_body;
    m_body = new QWidget;
    m_bodyLayout = new QVBoxLayout(m_body);

    m_title->setText(tr("Review: %1").arg(title));
    const QLocale locale;
    const QString when = locale.toString(
        (attempt.finishedAt.isValid() ? attempt.finishedAt : attempt.startedAt).toLocalTime(),
        QLocale::ShortFormat);
    if (attempt.status == progress::AttemptStatus::Finished) {
        m_summary->setText(tr("%1 · %2 % of the points (%3 of %4) · pass mark %5 % · %6")
                               .arg(attempt.passed ? tr("✓ Passed") : tr("✗ Not passed"),
                                    locale.toString(attempt.percent, 'f', 0),
                                    locale.toString(attempt.earned, 'g', 4),
                                    locale.toString(attempt.available, 'g', 4),
                                    locale.toString(quiz.passMark, 'f', 0), when));
    } else {
        m_summary->setText(tr("Not finished, so not scored · started %1").arg(when));
    }
    m_summary->setAccessibleName(m_summary->text());
    m_older->setVisible(attempt.olderVersion);

    QHash<QString, quiz::Response> answers;
    for (const auto &answer : attempt.answers)
        answers.insert(answer.questionId, answer.response);
    const auto presentation = quiz::Presentation::make(quiz, attempt.seed);
    int number = 0;
    for (const QString &questionId : presentation.questionOrder) {
        const auto it =
            std::find_if(quiz.questions.cbegin(), quiz.questions.cend(),
                         [&](const packformat::Question &q) { return q.id == questionId; });
        if (it == quiz.questions.cend())
            continue;
        auto *card = new QuestionCard(*it, ++number, int(quiz.questions.size()),
                                      presentation.optionOrder.value(it->id), false, m_body);
        const quiz::Response response = answers.value(it->id);
        card->input()->setResponse(response);
        card->showResult(quiz::Grader::grade(*it, response));
        m_bodyLayout->addWidget(card);
        m_cards.append(card);
    }
    m_bodyLayout->addStretch(1);
    m_scroll->setWidget(m_body);
}

} // namespace oht::quizview
