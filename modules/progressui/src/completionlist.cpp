#include "oht/progressui/completionlist.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace oht::progressui {

CompletionList::CompletionList(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
}

void CompletionList::setActivatable(bool activatable)
{
    m_activatable = activatable;
}

QString CompletionList::percentText(double percent)
{
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 0));
}

QString CompletionList::describe(const CompletionRow &row)
{
    const double percent = row.total > 0 ? 100.0 * row.done / row.total : 0.0;
    if (row.total == 0)
        return tr("No items to complete");
    // Explicit singular/plural: the app ships no English .qm to resolve "%n item(s)".
    if (row.total == 1)
        return tr("%1 of 1 item done, %2").arg(QLocale().toString(row.done), percentText(percent));
    return tr("%1 of %2 items done, %3")
        .arg(QLocale().toString(row.done), QLocale().toString(row.total), percentText(percent));
}

void CompletionList::clear()
{
    qDeleteAll(m_owned);
    m_owned.clear();
    m_titles.clear();
    m_bars.clear();
    m_rows.clear();
}

void CompletionList::setRows(const QList<CompletionRow> &rows)
{
    clear();
    m_rows = rows;
    for (int i = 0; i < rows.size(); ++i) {
        const CompletionRow &row = rows[i];
        QWidget *title = nullptr;
        if (m_activatable) {
            auto *button = new QPushButton(row.title, this);
            button->setAccessibleName(tr("Progress in %1").arg(row.title));
            button->setToolTip(tr("Show the progress in this course"));
            const QString id = row.id;
            connect(button, &QPushButton::clicked, this, [this, id] { emit activated(id); });
            title = button;
        } else {
            auto *label = new QLabel(row.title, this);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            title = label;
        }
        auto *bar = new QProgressBar(this);
        bar->setRange(0, qMax(1, row.total));
        bar->setValue(row.total > 0 ? row.done : 0);
        // The bar's own text would say "%p%"; the words next to it carry the figures.
        bar->setTextVisible(false);
        const QString text = describe(row);
        bar->setAccessibleName(tr("Completion of %1").arg(row.title));
        bar->setAccessibleDescription(text);
        auto *figures = new QLabel(text, this);
        figures->setTextFormat(Qt::PlainText);
        if (auto *label = qobject_cast<QLabel *>(title))
            label->setBuddy(bar);
        m_grid->addWidget(title, i, 0);
        m_grid->addWidget(bar, i, 1);
        m_grid->addWidget(figures, i, 2);
        m_titles.append(title);
        m_bars.append(bar);
        m_owned << title << bar << figures;
    }
}

QProgressBar *CompletionList::bar(int row) const
{
    return m_bars.value(row);
}

QWidget *CompletionList::titleWidget(int row) const
{
    return m_titles.value(row);
}

} // namespace oht::progressui
