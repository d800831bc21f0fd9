#pragma once

#include "oht/progress/coursecompletion.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;

namespace oht::progressui {

/// Finished quiz attempts over time: a line per quiz in a chart, and the same attempts as
/// a table (date, quiz, score, result), which is the chart's text alternative.
class ScoreHistoryView : public QWidget
{
    Q_OBJECT
public:
    /// More quizzes than this are drawn as one line (average score per day), not a line each.
    static constexpr int kMaxLines = 8;

    explicit ScoreHistoryView(QWidget *parent = nullptr);

    /// Oldest first, as CourseProgress::scoreHistory gives them. Points of one quiz share
    /// an itemId (the overall page makes them unique across courses).
    void setPoints(const QList<progress::ScorePoint> &points);

    QChartView *chartView() const { return m_chartView; }
    QTreeWidget *table() const { return m_table; }
    bool isChartShown() const;
    int seriesCount() const;
    QString summary() const;

    /// The quiz's name in the chart and table ("Removed quiz" when an update removed it).
    static QString quizName(const progress::ScorePoint &point);
    static QString resultText(const progress::ScorePoint &point);

private:
    void rebuildChart();
    void rebuildTable();

    QChartView *m_chartView;
    QLabel *m_empty;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QList<progress::ScorePoint> m_points;
};

} // namespace oht::progressui
