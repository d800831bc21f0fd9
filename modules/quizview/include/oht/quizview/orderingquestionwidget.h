#pragma once

#include "oht/quizview/questionwidget.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace oht::quizview {

/// Put items in order: a list with Move up / Move down buttons, also Alt+Up / Alt+Down
/// on the list, so ordering never needs dragging (drag and drop works too).
class OrderingQuestionWidget : public QuestionWidget
{
    Q_OBJECT
public:
    /// `itemOrder`: item ids as this attempt first shows them (quiz::Presentation).
    OrderingQuestionWidget(const packformat::Question &question, const QStringList &itemOrder,
                           QWidget *parent = nullptr);

    quiz::Response response() const override;
    void setResponse(const quiz::Response &response) override;
    void setLocked(bool locked) override;
    void showSolution() override;
    QString solutionText() const override;

    QListWidget *list() const { return m_list; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

public slots:
    void moveUp();
    void moveDown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(int delta);
    void setOrder(const QStringList &ids);
    void renumber();
    void updateButtons();
    QString itemText(const QString &id) const;

    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_feedback;
    bool m_locked = false;
    bool m_solutionShown = false;
};

} // namespace oht::quizview
