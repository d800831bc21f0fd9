#pragma once

#include "oht/core/result.h"
#include "oht/packformat/quiz.h"
#include "oht/progress/attemptrecord.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace oht::library {
class Library;
}
namespace oht::progress {
class AttemptStore;
class EventRecorder;
} // namespace oht::progress

namespace oht::quizview {

class QuestionCard;
class QuizAttemptView;
class QuizOverview;
class QuizReview;

/// Taking a quiz of the open course: the overview (attempts, best score), the attempt
/// (every answer recorded through AttemptStore the moment it is given, so a crash loses
/// nothing and the attempt resumes exactly), and the review of a finished attempt.
/// A passed quiz marks the item completed (EventRecorder).
class QuizPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { Overview, Attempt, Review, Message };

    QuizPage(const library::Library &library, progress::AttemptStore &attempts,
             progress::EventRecorder &events, QWidget *parent = nullptr);
    ~QuizPage() override;

    /// The learner whose attempts are shown and recorded; reloads the shown quiz.
    void setProfileId(qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    /// Shows a quiz item: its unfinished attempt resumed exactly (answers as given), or
    /// the overview. An error when the item is not a readable quiz (also shown on the page).
    Result<void> showQuiz(const QString &packId, const QString &itemId);

    QString packId() const { return m_packId; }
    QString itemId() const { return m_itemId; }
    View view() const;
    QUuid currentAttemptId() const { return m_attempt.id; }

    QuizOverview *overview() const { return m_overview; }
    QuizAttemptView *attemptView() const { return m_attemptView; }
    QuizReview *review() const { return m_review; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    /// Continues the unfinished attempt, or starts a new one with a fresh seed.
    void startOrResume();
    /// Finishes the attempt (asks first when questions are unanswered) and shows the review.
    void submit();
    /// Records any answer still waiting for the typing pause (also done on hide and exit).
    void saveNow();

signals:
    /// The learner passed the quiz; the item is recorded as completed.
    void itemCompleted(const QString &packId, const QString &itemId);
    void attemptFinished(const QString &packId, const QString &itemId, double percent, bool passed);
    /// A message for the status bar.
    void message(const QString &text);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void showOverview(const QString &notice = {});
    void showReview(const QUuid &attemptId);
    void showMessage(const QString &text);
    void buildAttempt(const progress::AttemptRecord &attempt, bool resumed);
    void checkAnswer(QuestionCard *card);
    void onResponseChanged(QuestionCard *card);
    bool save(QuestionCard *card);
    void updateProgress();
    bool isExam() const;
    int unansweredCount() const;

    const library::Library &m_library;
    progress::AttemptStore &m_attempts;
    progress::EventRecorder &m_events;
    qint64 m_profileId = 0;
    QString m_packId;
    QString m_itemId;
    QString m_title;
    packformat::Quiz m_quiz;
    progress::AttemptRecord m_attempt;
    QHash<QString, quiz::Response> m_saved; ///< what the store holds per question
    QSet<QuestionCard *> m_pending;         ///< typed answers waiting for the pause
    QTimer *m_saveTimer;
    QStackedWidget *m_stack;
    QuizOverview *m_overview;
    QuizAttemptView *m_attemptView;
    QuizReview *m_review;
    QLabel *m_message;
};

} // namespace oht::quizview
