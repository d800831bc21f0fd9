#include "oht/progressui/scorehistoryview.h"

#include "oht/progressui/completionlist.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace oht::progressui {

ScoreHistoryView::ScoreHistoryView(QWidget *parent)
    : QWidget(parent), m_chartView(new QChartView(this)), m_empty(new QLabel(this)),
      m_summary(new QLabel(this)), m_table(new QTreeWidget(this))
{
    m_chartView->setObjectName(QStringLiteral("scoreHistoryChart"));
    m_chartView->setAccessibleName(tr("Chart of quiz scores over time"));
    m_chartView->setAccessibleDescription(tr("The same attempts are listed in the table below."));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    m_empty->setObjectName(QStringLiteral("scoreHistoryEmpty"));
    m_empty->setText(tr("No finished quiz attempts yet."));
    m_empty->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("scoreHistorySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("scoreHistoryTable"));
    m_table->setAccessibleName(tr("Quiz attempts"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setHeaderLabels({tr("Finished"), tr("Quiz"), tr("Score"), tr("Result")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Shown or hidden, not stacked: an empty history takes one line, not a chart's height.
    layout->addWidget(m_chartView);
    layout->addWidget(m_empty);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    setPoints({});
}

QString ScoreHistoryView::quizName(const progress::ScorePoint &point)
{
    return point.itemTitle.isEmpty() ? tr("Removed quiz (%1)").arg(point.itemId) : point.itemTitle;
}

QString ScoreHistoryView::resultText(const progress::ScorePoint &point)
{
    QString text = point.passed ? tr("Passed") : tr("Not passed");
    if (point.olderVersion)
        text += QLatin1Char(' ') + tr("(older version of the quiz)");
    return text;
}

bool ScoreHistoryView::isChartShown() const
{
    return !m_chartView->isHidden();
}

int ScoreHistoryView::seriesCount() const
{
    return isChartShown() ? static_cast<int>(m_chartView->chart()->series().size()) : 0;
}

void ScoreHistoryView::setPoints(const QList<progress::ScorePoint> &points)
{
    m_points = points;
    rebuildChart();
    rebuildTable();
    m_summary->setText(summary());
    m_table->setVisible(!m_points.isEmpty());
    // As tall as its rows (up to about ten), so a short history leaves no empty box.
    const int rows = qMin(10, static_cast<int>(m_points.size()));
    const int rowHeight = m_table->fontMetrics().height() + 6;
    m_table->setFixedHeight(m_table->header()->sizeHint().height() + rows * rowHeight +
                            2 * m_table->frameWidth() + 4);
}

QString ScoreHistoryView::summary() const
{
    if (m_points.isEmpty())
        return {};
    QStringList quizzes;
    const progress::ScorePoint *best = nullptr;
    int passed = 0;
    for (const progress::ScorePoint &p : m_points) {
        if (!quizzes.contains(p.itemId))
            quizzes << p.itemId;
        if (!best || p.percent > best->percent)
            best = &p;
        if (p.passed)
            ++passed;
    }
    // Explicit singular/plural: the app ships no English .qm to resolve "%n attempt(s)".
    const QLocale locale;
    const QString attempts = m_points.size() == 1
                                 ? tr("1 finished attempt")
                                 : tr("%1 finished attempts").arg(locale.toString(m_points.size()));
    const QString atQuizzes = quizzes.size() == 1
                                  ? tr("at 1 quiz")
                                  : tr("at %1 quizzes").arg(locale.toString(quizzes.size()));
    return tr("%1, %2 passed, %3. Best score: %4 (%5).")
        .arg(attempts, locale.toString(passed), atQuizzes,
             CompletionList::percentText(best->percent), quizName(*best));
}

void ScoreHistoryView::rebuildChart()
{
    if (m_points.isEmpty()) {
        m_chartView->hide();
        m_empty->show();
        return;
    }
    m_empty->hide();
    m_chartView->show();
    auto *chart = new QChart;
    chart->setTitle(tr("Quiz scores"));
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    xAxis->setTitleText(tr("Date"));
    auto *yAxis = new QValueAxis;
    // A little room above 100 and below 0 so a perfect (or zero) score's marker is not cut
    // off; the labels stay 0, 20, ... 100.
    yAxis->setRange(-10, 110);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(20);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Score (%)"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // One line per quiz while a legend of them stays readable; beyond that one line of the
    // average score per day (the table lists every attempt). Thousands of single markers
    // would also take long to draw.
    QStringList ids;
    QList<QList<QPointF>> pointsPerLine;
    QStringList names;
    QDateTime first = m_points.first().finishedAt;
    QDateTime last = first;
    for (const progress::ScorePoint &p : m_points) {
        qsizetype index = ids.indexOf(p.itemId);
        if (index < 0) {
            ids << p.itemId;
            names << quizName(p);
            pointsPerLine.append(QList<QPointF>());
            index = ids.size() - 1;
        }
        const qreal x = static_cast<qreal>(p.finishedAt.toMSecsSinceEpoch());
        pointsPerLine[index].append(QPointF(x, p.percent));
        first = qMin(first, p.finishedAt);
        last = qMax(last, p.finishedAt);
    }
    if (ids.size() <= kMaxLines) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            auto *line = new QLineSeries;
            line->setName(names[i]);
            // Points as well as lines: a single attempt is still visible, and shapes do
            // not depend on telling colours apart.
            line->setPointsVisible(true);
            line->setMarkerSize(9);
            line->replace(pointsPerLine[i]);
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
    } else {
        QMap<QDate, QPair<double, int>> days; // local day -> (sum, count)
        for (const progress::ScorePoint &p : m_points) {
            auto &day = days[p.finishedAt.toLocalTime().date()];
            day.first += p.percent;
            ++day.second;
        }
        QList<QPointF> averages;
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            const QDateTime noon(it.key(), QTime(12, 0));
            averages.append(QPointF(static_cast<qreal>(noon.toMSecsSinceEpoch()),
                                    it.value().first / it.value().second));
        }
        auto *line = new QLineSeries;
        line->setName(
            tr("Average score per day, all %1 quizzes").arg(QLocale().toString(ids.size())));
        line->setPointsVisible(true);
        line->setMarkerSize(9);
        line->replace(averages);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    // A single day would make an empty axis: show at least a day either side.
    xAxis->setRange(first.toLocalTime().addDays(-1), last.toLocalTime().addDays(1));
    xAxis->setTickCount(qBound(2, static_cast<int>(first.daysTo(last)) + 3, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void ScoreHistoryView::rebuildTable()
{
    m_table->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> rows;
    rows.reserve(m_points.size());
    // Newest first: the latest attempt is what the learner looks for.
    for (auto it = m_points.crbegin(); it != m_points.crend(); ++it) {
        auto *row = new QTreeWidgetItem;
        rows.append(row);
        const QDateTime local = it->finishedAt.toLocalTime();
        row->setText(0, locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                            locale.toString(local.time(), QLocale::ShortFormat));
        row->setText(1, quizName(*it));
        row->setText(2, CompletionList::percentText(it->percent));
        row->setText(3, resultText(*it));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->addTopLevelItems(rows);
}

} // namespace oht::progressui
