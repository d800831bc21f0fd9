#pragma once

#include "oht/progress/activitystats.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QChartView;

namespace oht::progressui {

/// Active study time per week as a bar chart (the last kWeeks weeks, this one last), with
/// a text alternative: a summary under the chart and a per-week list as the chart's
/// accessible description.
class WeeklyTimeView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kWeeks = 12;

    explicit WeeklyTimeView(QWidget *parent = nullptr);

    /// `weeks` as ActivityStats::weeklyTime gives them (weeks without time left out).
    void setWeeks(const QList<progress::WeekTime> &weeks, const QDate &today);

    /// The kWeeks weeks shown, oldest first, weeks without time as 0.
    const QList<progress::WeekTime> &shownWeeks() const { return m_shown; }
    QString summary() const;
    QChartView *chartView() const { return m_chartView; }
    bool isChartShown() const;

    static QList<progress::WeekTime> lastWeeks(const QList<progress::WeekTime> &weeks,
                                               const QDate &today, int count = kWeeks);
    /// "1 h 5 min", "12 min", "less than a minute", "no time".
    static QString durationText(qint64 seconds);

private:
    void rebuildChart();

    QChartView *m_chartView;
    QLabel *m_empty;
    QLabel *m_summary;
    QList<progress::WeekTime> m_shown;
};

} // namespace oht::progressui
