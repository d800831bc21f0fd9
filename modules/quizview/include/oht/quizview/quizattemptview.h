#pragma once

#include "oht/packformat/quiz.h"
#include "oht/quiz/presentation.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace oht::quizview {

class QuestionCard;

/// The questions of one attempt in a scrolling column (so nothing is clipped at large
/// text sizes), with how many are answered and the Submit / Finish button kept in view
/// below. Storage is QuizPage's job; this view only lays out the cards.
class QuizAttemptView : public QWidget
{
    Q_OBJECT
public:
    explicit QuizAttemptView(QWidget *parent = nullptr);

    /// Replaces the cards with the quiz's questions in `presentation`'s order; `immediate`
    /// gives every card a Check answer button.
    void build(const QString &title, const packformat::Quiz &quiz,
               const quiz::Presentation &presentation, bool immediate);
    /// A line above the questions ("Your unfinished attempt was resumed…"); empty hides it.
    void setNotice(const QString &text);
    void setProgress(int answered, int total);

    const QList<QuestionCard *> &cards() const { return m_cards; }
    QuestionCard *card(const QString &questionId) const;
    QPushButton *submitButton() const { return m_submit; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *progressLabel() const { return m_progress; }
    QScrollArea *scrollArea() const { return m_scroll; }
    /// Scrolls to a card and gives its input the keyboard focus.
    void focusCard(QuestionCard *card);

signals:
    void submitRequested();

private:
    QLabel *m_title;
    QLabel *m_mode;
    QLabel *m_notice;
    QScrollArea *m_scroll;
    QLabel *m_progress;
    QPushButton *m_submit;
    QWidget *m_body = nullptr;
    QList<QuestionCard *> m_cards;
};

} // namespace oht::quizview
