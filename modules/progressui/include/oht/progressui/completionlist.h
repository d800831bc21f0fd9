#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;
class QProgressBar;

namespace oht::progressui {

/// One line of a completion list: a module of a course, or a course.
struct CompletionRow
{
    QString id;
    QString title;
    int done = 0;
    int total = 0;
};

/// Completion as labelled bars, one row per module (or per course): the title, a bar and
/// the figures in words ("2 of 3 items done, 67 %"), so nothing relies on colour or on
/// seeing the bar.
class CompletionList : public QWidget
{
    Q_OBJECT
public:
    explicit CompletionList(QWidget *parent = nullptr);

    /// Titles become buttons that emit activated(id) (the overall page opens a course).
    void setActivatable(bool activatable);
    void setRows(const QList<CompletionRow> &rows);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QProgressBar *bar(int row) const;
    QWidget *titleWidget(int row) const;
    /// The row in words, as shown and as the bar's accessible description.
    static QString describe(const CompletionRow &row);
    /// "67 %" in the current locale.
    static QString percentText(double percent);

signals:
    void activated(const QString &id);

private:
    void clear();

    QGridLayout *m_grid;
    QList<CompletionRow> m_rows;
    QList<QWidget *> m_titles;
    QList<QProgressBar *> m_bars;
    QList<QWidget *> m_owned;
    bool m_activatable = false;
};

} // namespace oht::progressui
