#pragma once

#include "oht/packformat/quiz.h"
#include "oht/progress/attemptrecord.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace oht::quizview {

class QuestionCard;

/// A finished (or abandoned) attempt shown again: the score, then every question in the
/// attempt's order with the learner's answer, the right one, feedback and explanation.
/// Also what the learner sees right after submitting an exam.
class QuizReview : public QWidget
{
    Q_OBJECT
public:
    explicit QuizReview(QWidget *parent = nullptr);

    /// `quiz` is the installed quiz; an attempt made on an older version is marked so.
    void showAttempt(const QString &title, const packformat::Quiz &quiz,
                     const progress::AttemptRecord &attempt);

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *olderVersionLabel() const { return m_older; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *overviewButton() const { return m_overview; }
    QScrollArea *scrollArea() const { return m_scroll; }
    const QList<QuestionCard *> &cards() const { return m_cards; }

signals:
    void retryRequested();
    void overviewRequested();

private:
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_older;
    QPushButton *m_retry;
    QPushButton *m_overview;
    QScrollArea *m_scroll;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QList<QuestionCard *> m_cards;
};

} // namespace oht::quizview
