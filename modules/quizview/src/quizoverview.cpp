#include "oht/quizview/quizoverview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oht::quizview {

namespace {

constexpr int AttemptIdRole = Qt::UserRole + 1;

QString percent(double value)
{
    return QLocale().toString(value, 'f', 0) + QStringLiteral(" %");
}

} // namespace

QuizOverview::QuizOverview(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_best(new QLabel(this)), m_start(new QPushButton(this)),
      m_historyLabel(new QLabel(tr("&Your attempts"), this)), m_history(new QTreeWidget(this)),
      m_review(new QPushButton(tr("&Review attempt"), this))
{
    setObjectName(QStringLiteral("quizOverview"));
    for (QLabel *label : {m_title, m_details, m_best}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_title->setObjectName(QStringLiteral("quizTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_details->setObjectName(QStringLiteral("quizDetails"));
    m_best->setObjectName(QStringLiteral("bestScore"));
    m_start->setObjectName(QStringLiteral("startQuizButton"));
    m_start->setAutoDefault(true);
    m_start->setDefault(true);

    m_history->setObjectName(QStringLiteral("attemptHistory"));
    m_history->setAccessibleName(tr("Your attempts at this quiz"));
    m_history->setHeaderLabels({tr("Date"), tr("Score"), tr("Result"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(false);
    m_history->setWordWrap(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_historyLabel->setBuddy(m_history);
    m_review->setObjectName(QStringLiteral("reviewAttemptButton"));
    m_review->setAccessibleName(tr("Review the selected attempt"));
    m_review->setEnabled(false);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review);
    reviewRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_best);
    layout->addLayout(startRow);
    layout->addSpacing(12);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    layout->addLayout(reviewRow);

    connect(m_start, &QPushButton::clicked, this, &QuizOverview::startRequested);
    connect(m_review, &QPushButton::clicked, this, &QuizOverview::requestReview);
    connect(m_history, &QTreeWidget::itemActivated, this, &QuizOverview::requestReview);
    connect(m_history, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_review->setEnabled(current != nullptr); });
    setFocusProxy(m_start);
}

void QuizOverview::setQuiz(const QString &title, const packformat::Quiz &quiz)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    const QString mode = quiz.mode == packformat::QuizMode::Exam
                             ? tr("Exam: you see the results after submitting all answers.")
                             : tr("You see whether each answer is right as soon as you check it.");
    const QString count = quiz.questions.size() == 1
                              ? tr("1 question")
                              : tr("%1 questions").arg(quiz.questions.size());
    m_details->setText(tr("%1 · pass mark %2").arg(count, percent(quiz.passMark)) +
                       QLatin1Char('\n') + mode);
    m_details->setAccessibleName(m_details->text());
}

void QuizOverview::setAttempts(const QList<progress::AttemptRecord> &attempts,
                               const std::optional<progress::AttemptRecord> &best, bool hasOpen)
{
    m_start->setText(hasOpen ? tr("&Continue the quiz")
                             : (attempts.isEmpty() ? tr("&Start the quiz") : tr("&Try again")));
    m_start->setAccessibleName(m_start->text().remove(QLatin1Char('&')));
    if (best) {
        m_best->setText(
            tr("Your best score: %1 (%2)")
                .arg(percent(best->percent), best->passed ? tr("passed") : tr("not passed")));
    } else {
        m_best->setText(tr("You have not finished this quiz yet."));
    }
    m_best->setAccessibleName(m_best->text());

    m_history->clear();
    const QLocale locale;
    for (const auto &attempt : attempts) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setData(0, AttemptIdRole, attempt.id);
        item->setText(0, locale.toString(attempt.startedAt.toLocalTime(), QLocale::ShortFormat));
        QStringList notes;
        switch (attempt.status) {
        case progress::AttemptStatus::Finished:
            item->setText(1, percent(attempt.percent));
            item->setText(2, attempt.passed ? tr("✓ Passed") : tr("✗ Not passed"));
            break;
        case progress::AttemptStatus::Open:
            item->setText(2, tr("In progress"));
            break;
        case progress::AttemptStatus::Abandoned:
            item->setText(2, tr("Abandoned"));
            break;
        }
        if (attempt.olderVersion)
            notes << tr("Made on an older version of this quiz");
        item->setText(3, notes.join(QStringLiteral("; ")));
    }
    m_historyLabel->setVisible(!attempts.isEmpty());
    m_history->setVisible(!attempts.isEmpty());
    m_review->setVisible(!attempts.isEmpty());
    if (m_history->topLevelItemCount() > 0)
        m_history->setCurrentItem(m_history->topLevelItem(0));
}

void QuizOverview::requestReview()
{
    if (QTreeWidgetItem *item = m_history->currentItem())
        emit reviewRequested(item->data(0, AttemptIdRole).toUuid());
}

} // namespace oht::quizview
