#pragma once

#include "oht/packformat/finding.h"
#include "oht/packio/reviewnotes.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace oht::reviewui {

/// The reviewer's problems panel: every validator finding (severity, file:line, message,
/// code) and every open review note, in one keyboard-operable list. Activating a row
/// (double-click, Enter) asks the view to open the item at the fault.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    /// Replaces the findings; the selected finding stays selected when it is still there
    /// (a reload must not lose the reviewer's place).
    void setFindings(const packformat::Findings &findings);
    /// Replaces the notes shown (resolved notes are left out).
    void setNotes(const QList<packio::ReviewNote> &notes);

    QTreeWidget *list() const { return m_list; }
    QString summaryText() const;

signals:
    void findingActivated(const oht::packformat::Finding &finding);
    void noteActivated(const oht::packio::ReviewNote &note);

private:
    void rebuild();
    void onActivated(QTreeWidgetItem *item);

    QLabel *m_summary;
    QTreeWidget *m_list;
    packformat::Findings m_findings;
    QList<packio::ReviewNote> m_notes;
};

} // namespace oht::reviewui
