#pragma once

#include "oht/quizview/questionwidget.h"

#include <QList>

class QComboBox;
class QLabel;

namespace oht::quizview {

/// Matching: each left-hand item gets a drop-down of the right-hand items (in this
/// attempt's shuffled order). Fully keyboard-operable: Tab between the lists, arrows or
/// typing choose.
class MatchingQuestionWidget : public QuestionWidget
{
    Q_OBJECT
public:
    /// `rightOrder`: pair ids of the rights, in this attempt's order (quiz::Presentation).
    MatchingQuestionWidget(const packformat::Question &question, const QStringList &rightOrder,
                           QWidget *parent = nullptr);

    quiz::Response response() const override;
    void setResponse(const quiz::Response &response) override;
    QString inputError() const override;
    void setLocked(bool locked) override;
    void showSolution() override;
    QString solutionText() const override;

    /// The drop-down of a left-hand item (by pair id).
    QComboBox *comboFor(const QString &pairId) const;
    QLabel *feedbackLabel(const QString &pairId) const;

private:
    struct Row
    {
        packformat::MatchPair pair;
        QComboBox *combo = nullptr;
        QLabel *feedback = nullptr;
    };
    QList<Row> m_rows;
};

} // namespace oht::quizview
