#pragma once

#include "oht/packformat/quiz.h"
#include "oht/progress/attemptrecord.h"

#include <QList>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace oht::quizview {

/// The quiz before an attempt: what it is (questions, pass mark, mode), the best score,
/// Start (or Continue), and the learner's attempts with a Review button.
class QuizOverview : public QWidget
{
    Q_OBJECT
public:
    explicit QuizOverview(QWidget *parent = nullptr);

    void setQuiz(const QString &title, const packformat::Quiz &quiz);
    /// `attempts` newest first. `hasOpen`: an unfinished attempt exists (Start continues it).
    void setAttempts(const QList<progress::AttemptRecord> &attempts,
                     const std::optional<progress::AttemptRecord> &best, bool hasOpen);

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *bestLabel() const { return m_best; }
    QPushButton *startButton() const { return m_start; }
    QTreeWidget *history() const { return m_history; }
    QPushButton *reviewButton() const { return m_review; }

signals:
    void startRequested();
    void reviewRequested(const QUuid &attemptId);

private:
    void requestReview();

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_best;
    QPushButton *m_start;
    QLabel *m_historyLabel;
    QTreeWidget *m_history;
    QPushButton *m_review;
};

} // namespace oht::quizview
