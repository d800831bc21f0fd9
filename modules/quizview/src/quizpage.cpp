#include "oht/quizview/quizpage.h"

#include "oht/library/library.h"
#include "oht/packformat/quizparser.h"
#include "oht/progress/attemptstore.h"
#include "oht/progress/eventrecorder.h"
#include "oht/quiz/grader.h"
#include "oht/quiz/presentation.h"
#include "oht/quizview/numericquestionwidget.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizoverview.h"
#include "oht/quizview/quizreview.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace oht::quizview {

namespace {

/// Typed answers (numbers, text) are recorded after this pause in typing, and at once on
/// leaving the field; choices are recorded on every click.
constexpr int kTypingPauseMs = 600;

bool isTyped(const packformat::Question &question)
{
    return question.type == packformat::QuestionType::Numeric ||
           question.type == packformat::QuestionType::ShortText;
}

} // namespace

QuizPage::QuizPage(const library::Library &library, progress::AttemptStore &attempts,
                   progress::EventRecorder &events, QWidget *parent)
    : QWidget(parent), m_library(library), m_attempts(attempts), m_events(events),
      m_saveTimer(new QTimer(this)), m_stack(new QStackedWidget(this)),
      m_overview(new QuizOverview(m_stack)), m_attemptView(new QuizAttemptView(m_stack)),
      m_review(new QuizReview(m_stack)), m_message(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("quizPage"));
    m_message->setObjectName(QStringLiteral("quizMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_attemptView);
    m_stack->addWidget(m_review);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kTypingPauseMs);
    connect(m_saveTimer, &QTimer::timeout, this, &QuizPage::saveNow);
    connect(m_overview, &QuizOverview::startRequested, this, &QuizPage::startOrResume);
    connect(m_overview, &QuizOverview::reviewRequested, this, &QuizPage::showReview);
    connect(m_attemptView, &QuizAttemptView::submitRequested, this, &QuizPage::submit);
    connect(m_review, &QuizReview::retryRequested, this, &QuizPage::startOrResume);
    connect(m_review, &QuizReview::overviewRequested, this, [this] { showOverview(); });
}

QuizPage::~QuizPage()
{
    saveNow();
}

void QuizPage::setProfileId(qint64 profileId)
{
    if (profileId == m_profileId)
        return;
    saveNow();
    m_profileId = profileId;
    if (!m_itemId.isEmpty())
        (void)showQuiz(m_packId, m_itemId);
}

QuizPage::View QuizPage::view() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_attemptView)
        return View::Attempt;
    if (current == m_review)
        return View::Review;
    if (current == m_message)
        return View::Message;
    return View::Overview;
}

Result<void> QuizPage::showQuiz(const QString &packId, const QString &itemId)
{
    saveNow();
    m_packId = packId;
    m_itemId = itemId;
    m_attempt = {};
    auto fail = [this](const Error &error) -> Result<void> {
        showMessage(error.message);
        return error;
    };
    const auto item = m_library.item(packId, itemId);
    if (!item)
        return fail(item.error());
    m_title = item->title;
    const auto json = m_library.quizJson(packId, itemId);
    if (!json)
        return fail(json.error());
    packformat::Findings findings;
    const auto quiz = packformat::parseQuiz(*json, item->file, findings);
    if (!quiz || quiz->questions.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("quizview.unreadable-quiz"),
                                   tr("The quiz “%1” cannot be read. Reinstalling the course may "
                                      "help.")
                                       .arg(m_title)));
    }
    m_quiz = *quiz;
    m_overview->setQuiz(m_title, m_quiz);
    if (m_profileId <= 0) {
        return fail(Error::invalid(QStringLiteral("quizview.no-learner"),
                                   tr("Choose a learner to take this quiz.")));
    }
    const auto open = m_attempts.unfinishedAttempt(m_profileId, packId, itemId);
    if (!open)
        return fail(open.error());
    if (open->has_value() && (*open)->olderVersion) {
        // The questions changed under the attempt: it cannot resume "exactly". Close it;
        // its answers stay in the record.
        (void)m_attempts.abandon(m_profileId, (*open)->id);
        showOverview(tr("The course was updated while you were taking this quiz, so your "
                        "unfinished attempt was closed. Its answers stay in your record."));
        return {};
    }
    if (open->has_value()) {
        buildAttempt(**open, true);
        return {};
    }
    showOverview();
    return {};
}

void QuizPage::showOverview(const QString &notice)
{
    const auto list = m_attempts.attempts(m_profileId, m_packId, m_itemId);
    const auto best = m_attempts.bestAttempt(m_profileId, m_packId, m_itemId);
    if (!list || !best) {
        showMessage((!list ? list.error() : best.error()).message);
        return;
    }
    const bool hasOpen = std::any_of(list->cbegin(), list->cend(), [](const auto &a) {
        return a.status == progress::AttemptStatus::Open;
    });
    m_overview->setAttempts(*list, *best, hasOpen);
    m_overview->detailsLabel()->setToolTip(notice);
    if (!notice.isEmpty())
        emit message(notice);
    m_stack->setCurrentWidget(m_overview);
}

void QuizPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_stack->setCurrentWidget(m_message);
}

void QuizPage::startOrResume()
{
    const auto open = m_attempts.unfinishedAttempt(m_profileId, m_packId, m_itemId);
    if (open && open->has_value()) {
        buildAttempt(**open, true);
        return;
    }
    const auto started = m_attempts.start(m_profileId, m_packId, m_itemId, m_quiz,
                                          progress::AttemptStore::newSeed());
    if (!started) {
        QMessageBox::warning(this, tr("Quiz"),
                             tr("The quiz could not be started: %1").arg(started.error().message));
        return;
    }
    buildAttempt(*started, false);
}

void QuizPage::buildAttempt(const progress::AttemptRecord &attempt, bool resumed)
{
    m_attempt = attempt;
    m_saved.clear();
    m_pending.clear();
    m_saveTimer->stop();
    const bool immediate = attempt.mode == packformat::QuizMode::Immediate;
    m_attemptView->build(m_title, m_quiz, quiz::Presentation::make(m_quiz, attempt.seed),
                         immediate);
    for (const auto &answer : attempt.answers)
        m_saved.insert(answer.questionId, answer.response);
    for (QuestionCard *card : m_attemptView->cards()) {
        connect(card, &QuestionCard::checkRequested, this, [this, card] { checkAnswer(card); });
        connect(card->input(), &QuestionWidget::responseChanged, this,
                [this, card] { onResponseChanged(card); });
        // Enter in a typed answer of an exam saves it without waiting for the pause.
        connect(card->input(), &QuestionWidget::submitted, this, [this] {
            if (isExam())
                saveNow();
        });
        const auto saved = m_saved.constFind(card->questionId());
        if (saved == m_saved.cend())
            continue;
        card->input()->setResponse(*saved);
        if (immediate)
            card->showResult(quiz::Grader::grade(card->input()->question(), *saved));
    }
    if (resumed && !attempt.answers.isEmpty()) {
        m_attemptView->setNotice(
            tr("You are continuing the attempt you started on %1; your answers so far are kept.")
                .arg(QLocale().toString(attempt.startedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    updateProgress();
    m_stack->setCurrentWidget(m_attemptView);
    // Continue at the first question still to answer.
    for (QuestionCard *card : m_attemptView->cards()) {
        if (!card->isChecked() && !m_saved.contains(card->questionId())) {
            QTimer::singleShot(0, card, [this, card] { m_attemptView->focusCard(card); });
            break;
        }
    }
}

void QuizPage::checkAnswer(QuestionCard *card)
{
    const QString problem = card->input()->inputError();
    if (!problem.isEmpty()) {
        card->showError(problem);
        card->input()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const quiz::Response response = card->input()->response();
    const auto grade =
        m_attempts.answer(m_profileId, m_attempt.id, card->input()->question(), response);
    if (!grade) {
        card->showError(tr("Your answer could not be saved: %1").arg(grade.error().message));
        return;
    }
    m_saved.insert(card->questionId(), response);
    card->showResult(*grade);
    updateProgress();
    const auto &cards = m_attemptView->cards();
    const qsizetype index = cards.indexOf(card);
    QuestionCard *next = nullptr;
    for (qsizetype i = index + 1; i < cards.size() && !next; ++i)
        next = cards[i]->isChecked() ? nullptr : cards[i];
    m_attemptView->scrollArea()->ensureWidgetVisible(card);
    if (next)
        next->setFocus(Qt::OtherFocusReason);
    else
        m_attemptView->submitButton()->setFocus(Qt::OtherFocusReason);
}

void QuizPage::onResponseChanged(QuestionCard *card)
{
    if (isExam() && !card->isChecked()) {
        m_pending.insert(card);
        if (isTyped(card->input()->question()))
            m_saveTimer->start();
        else
            saveNow();
    }
}

void QuizPage::saveNow()
{
    m_saveTimer->stop();
    const auto pending = m_pending;
    m_pending.clear();
    for (QuestionCard *card : pending)
        save(card);
    updateProgress();
}

bool QuizPage::save(QuestionCard *card)
{
    // In an exam a partial answer is still an answer (some matches chosen, an option
    // unticked); only text typed into a number field that is not a number is refused,
    // with a message, and clears the recorded answer.
    const quiz::Response response = card->input()->response();
    const auto *numeric = qobject_cast<NumericQuestionWidget *>(card->input());
    if (numeric && response.isEmpty() && !numeric->field()->text().trimmed().isEmpty())
        card->showError(numeric->inputError());
    if (response == m_saved.value(card->questionId()))
        return true;
    const auto grade =
        m_attempts.answer(m_profileId, m_attempt.id, card->input()->question(), response);
    if (!grade) {
        card->showError(tr("Your answer could not be saved: %1").arg(grade.error().message));
        return false;
    }
    if (response.isEmpty())
        m_saved.remove(card->questionId());
    else
        m_saved.insert(card->questionId(), response);
    return true;
}

void QuizPage::updateProgress()
{
    const auto &cards = m_attemptView->cards();
    m_attemptView->setProgress(int(cards.size()) - unansweredCount(), int(cards.size()));
}

bool QuizPage::isExam() const
{
    return m_attempt.mode == packformat::QuizMode::Exam;
}

int QuizPage::unansweredCount() const
{
    int count = 0;
    for (QuestionCard *card : m_attemptView->cards()) {
        if (!m_saved.contains(card->questionId()))
            ++count;
    }
    return count;
}

void QuizPage::submit()
{
    if (m_attempt.id.isNull())
        return;
    saveNow();
    if (const int open = unansweredCount(); open > 0) {
        QMessageBox box(QMessageBox::Question, tr("Finish the quiz"),
                        open == 1 ? tr("1 question is not answered yet.")
                                  : tr("%1 questions are not answered yet.").arg(open),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unansweredDialog"));
        box.setInformativeText(tr("Unanswered questions earn no points. Finish anyway?"));
        QPushButton *finish = box.addButton(tr("&Finish anyway"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep answering"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != finish)
            return;
    }
    const auto score = m_attempts.finish(m_profileId, m_attempt.id, m_quiz);
    if (!score) {
        QMessageBox::warning(this, tr("Quiz"),
                             tr("The quiz could not be finished: %1").arg(score.error().message));
        return;
    }
    const QUuid finished = m_attempt.id;
    m_attempt = {};
    if (score->passed) {
        if (auto r = m_events.markCompleted(m_profileId, m_packId, m_itemId,
                                            progress::CompletionSource::ReachedEnd);
            !r) {
            emit message(tr("Your result is saved, but the course progress could not be "
                            "updated: %1")
                             .arg(r.error().message));
        } else {
            emit itemCompleted(m_packId, m_itemId);
        }
    }
    emit attemptFinished(m_packId, m_itemId, score->percent, score->passed);
    showReview(finished);
}

void QuizPage::showReview(const QUuid &attemptId)
{
    const auto attempt = m_attempts.attempt(m_profileId, attemptId);
    if (!attempt) {
        showMessage(attempt.error().message);
        return;
    }
    if (attempt->status == progress::AttemptStatus::Open) {
        // An unfinished attempt is continued, not reviewed.
        buildAttempt(*attempt, true);
        return;
    }
    m_review->showAttempt(m_title, m_quiz, *attempt);
    m_stack->setCurrentWidget(m_review);
    m_review->setFocus(Qt::OtherFocusReason);
}

void QuizPage::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

} // namespace oht::quizview
