#include "oht/reviewui/problemspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oht::reviewui {

namespace {

enum Role { KindRole = Qt::UserRole, IndexRole };
enum Kind { FindingRow, NoteRow };

QString location(const packformat::Finding &f)
{
    QString s = f.file;
    if (f.line > 0) {
        s += QLatin1Char(':') + QString::number(f.line);
        if (f.column > 0)
            s += QLatin1Char(':') + QString::number(f.column);
    }
    return s;
}

/// Identifies a finding across reloads (its message may mention changed numbers).
QString keyOf(const packformat::Finding &f)
{
    return f.code + QLatin1Char('|') + f.file + QLatin1Char('|') + QString::number(f.line);
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    m_summary->setAccessibleName(tr("Problems summary"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setAccessibleDescription(
        tr("Validator findings and open review notes. Press Enter to open the place concerned."));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem"), tr("Code")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsPanel::onActivated);
    rebuild();
}

void ProblemsPanel::setFindings(const packformat::Findings &findings)
{
    m_findings = findings;
    rebuild();
}

void ProblemsPanel::setNotes(const QList<packio::ReviewNote> &notes)
{
    m_notes.clear();
    for (const auto &n : notes)
        if (!n.resolved)
            m_notes.append(n);
    rebuild();
}

QString ProblemsPanel::summaryText() const
{
    return m_summary->text();
}

void ProblemsPanel::rebuild()
{
    QString selectedKey;
    if (QTreeWidgetItem *current = m_list->currentItem())
        selectedKey = current->data(0, Qt::UserRole + 2).toString();

    m_list->clear();
    int counts[3] = {0, 0, 0};
    QTreeWidgetItem *reselect = nullptr;
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const packformat::Finding &f = m_findings[i];
        ++counts[int(f.severity)];
        const QString severity = f.severity == packformat::Severity::Error     ? tr("Error")
                                 : f.severity == packformat::Severity::Warning ? tr("Warning")
                                                                               : tr("Info");
        auto *item = new QTreeWidgetItem(m_list, {severity, location(f), f.message, f.code});
        item->setData(0, KindRole, FindingRow);
        item->setData(0, IndexRole, int(i));
        item->setData(0, Qt::UserRole + 2, keyOf(f));
        item->setToolTip(2, f.message);
        if (keyOf(f) == selectedKey)
            reselect = item;
    }
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        const packio::ReviewNote &n = m_notes[i];
        const QString where =
            n.questionId.isEmpty() ? n.itemId : n.itemId + QLatin1Char('/') + n.questionId;
        auto *item = new QTreeWidgetItem(
            m_list, {tr("Note"), where,
                     tr("%1: %2").arg(packio::ReviewNotes::categoryLabel(n.category), n.text),
                     packio::ReviewNotes::categoryName(n.category)});
        item->setData(0, KindRole, NoteRow);
        item->setData(0, IndexRole, int(i));
        item->setData(0, Qt::UserRole + 2, QStringLiteral("note|") + n.id);
        if (QStringLiteral("note|") + n.id == selectedKey)
            reselect = item;
    }
    if (m_findings.isEmpty() && m_notes.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("Errors: %1 · Warnings: %2 · Infos: %3 · Open notes: %4")
                               .arg(counts[0])
                               .arg(counts[1])
                               .arg(counts[2])
                               .arg(m_notes.size()));
    if (reselect)
        m_list->setCurrentItem(reselect);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void ProblemsPanel::onActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(0, IndexRole).toInt();
    if (item->data(0, KindRole).toInt() == FindingRow && index < m_findings.size())
        emit findingActivated(m_findings[index]);
    else if (item->data(0, KindRole).toInt() == NoteRow && index < m_notes.size())
        emit noteActivated(m_notes[index]);
}

} // namespace oht::reviewui
