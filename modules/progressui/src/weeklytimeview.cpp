#include "oht/progressui/weeklytimeview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace oht::progressui {

WeeklyTimeView::WeeklyTimeView(QWidget *parent)
    : QWidget(parent), m_chartView(new QChartView(this)), m_empty(new QLabel(this)),
      m_summary(new QLabel(this))
{
    m_chartView->setObjectName(QStringLiteral("weeklyTimeChart"));
    m_chartView->setAccessibleName(tr("Chart of study time per week"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setFocusPolicy(Qt::StrongFocus); // so a screen reader reaches its description
    m_empty->setObjectName(QStringLiteral("weeklyTimeEmpty"));
    m_empty->setText(tr("No study time recorded yet. Time counts while you read a lesson or "
                        "take a quiz."));
    m_empty->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("weeklyTimeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Shown or hidden, not stacked: an empty history takes one line, not a chart's height.
    layout->addWidget(m_chartView);
    layout->addWidget(m_empty);
    layout->addWidget(m_summary);
    setWeeks({}, QDate::currentDate());
}

QString WeeklyTimeView::durationText(qint64 seconds)
{
    if (seconds <= 0)
        return tr("no time");
    const qint64 minutes = seconds / 60;
    if (minutes == 0)
        return tr("less than a minute");
    const qint64 hours = minutes / 60;
    const int rest = static_cast<int>(minutes % 60);
    if (hours == 0)
        return tr("%1 min").arg(QLocale().toString(rest));
    if (rest == 0)
        return tr("%1 h").arg(QLocale().toString(hours));
    return tr("%1 h %2 min").arg(QLocale().toString(hours), QLocale().toString(rest));
}

QList<progress::WeekTime> WeeklyTimeView::lastWeeks(const QList<progress::WeekTime> &weeks,
                                                    const QDate &today, int count)
{
    QList<progress::WeekTime> shown;
    const QDate thisMonday = progress::ActivityStats::weekOf(today).monday;
    for (int i = count - 1; i >= 0; --i) {
        progress::WeekTime week = progress::ActivityStats::weekOf(thisMonday.addDays(-7 * i));
        for (const progress::WeekTime &w : weeks) {
            if (w.monday == week.monday)
                week.seconds = w.seconds;
        }
        shown.append(week);
    }
    return shown;
}

bool WeeklyTimeView::isChartShown() const
{
    return !m_chartView->isHidden();
}

void WeeklyTimeView::setWeeks(const QList<progress::WeekTime> &weeks, const QDate &today)
{
    m_shown = lastWeeks(weeks, today);
    rebuildChart();
    m_summary->setText(summary());
    // Without a chart, one sentence: "none yet" for a new learner, else the summary
    // (older weeks had time).
    const bool nothingEver = weeks.isEmpty();
    m_empty->setVisible(!isChartShown() && nothingEver);
    m_summary->setVisible(isChartShown() || !nothingEver);
}

QString WeeklyTimeView::summary() const
{
    qint64 total = 0;
    int activeWeeks = 0;
    const progress::WeekTime *best = nullptr;
    for (const progress::WeekTime &w : m_shown) {
        total += w.seconds;
        if (w.seconds > 0)
            ++activeWeeks;
        if (w.seconds > 0 && (!best || w.seconds > best->seconds))
            best = &w;
    }
    if (total == 0)
        return tr("No study time in the last %1 weeks.").arg(QLocale().toString(kWeeks));
    const QLocale locale;
    QString text = tr("This week: %1.").arg(durationText(m_shown.last().seconds));
    text += QLatin1Char(' ') +
            tr("Last %1 weeks: %2 in total, study in %3 of them.")
                .arg(locale.toString(kWeeks), durationText(total), locale.toString(activeWeeks));
    if (best) {
        text += QLatin1Char(' ') + tr("Most in the week of %1 (%2).")
                                       .arg(locale.toString(best->monday, QLocale::LongFormat),
                                            durationText(best->seconds));
    }
    return text;
}

void WeeklyTimeView::rebuildChart()
{
    qint64 maxSeconds = 0;
    for (const progress::WeekTime &w : m_shown)
        maxSeconds = std::max(maxSeconds, w.seconds);
    if (maxSeconds == 0) {
        m_chartView->hide();
        m_empty->show();
        m_chartView->setAccessibleDescription(QString());
        return;
    }
    m_empty->hide();
    m_chartView->show();
    // Hours once a week passes two hours, minutes below that, so the axis reads naturally.
    const bool inHours = maxSeconds > 2 * 3600;
    const double divisor = inHours ? 3600.0 : 60.0;
    const QLocale locale;
    auto *set = new QBarSet(inHours ? tr("Hours") : tr("Minutes"));
    QStringList categories;
    QStringList described;
    for (const progress::WeekTime &w : m_shown) {
        *set << w.seconds / divisor;
        categories << locale.toString(w.monday, QStringLiteral("d MMM"));
        described << tr("Week of %1: %2")
                         .arg(locale.toString(w.monday, QLocale::ShortFormat),
                              durationText(w.seconds));
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Study time per week"));
    chart->legend()->hide();
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setTitleText(tr("Week starting"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    auto *yAxis = new QValueAxis;
    // Whole units on the axis: a top at the next integer, one tick per unit up to five.
    const int top = qMax(1, static_cast<int>(std::ceil(maxSeconds / divisor * 1.05)));
    yAxis->setRange(0, top);
    if (top <= 5)
        yAxis->setTickCount(top + 1);
    else
        yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(inHours ? tr("Hours") : tr("Minutes"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_chartView->setAccessibleDescription(described.join(QStringLiteral("; ")));
}

} // namespace oht::progressui
