#pragma once

#include "oht/core/result.h"
#include "oht/packio/packdiff.h"

#include <QTextBrowser>
#include <functional>

class QAction;

namespace oht::reviewui {

/// "Compare with…" in reviewer mode: what changed between another version (a source
/// folder or a .ohtpack) and the folder under review — modules and items added, removed,
/// moved or renamed, changed lessons word by word, changed questions with every changed
/// text, and answer-key changes flagged first and loudly (they change how learners'
/// earlier answers were marked). The same PackDiff as `ohtpack diff`.
class DiffView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DiffView(const QString &sourceDir, QWidget *parent = nullptr);

    QAction *compareAction() const { return m_action; }
    /// How the other version is chosen (a file dialog by default; tests replace it). An
    /// empty answer means cancelled.
    void setChooser(std::function<QString()> chooser);

    /// Compares `otherVersion` (the earlier one) with the folder; an error (and the view
    /// unchanged) when either cannot be read.
    Result<void> compareWith(const QString &otherVersion);
    /// Compares again with the same version (after a save in the folder); nothing when no
    /// comparison was made yet.
    void refresh();

    const packio::PackDiffResult &result() const { return m_result; }
    QString otherVersion() const { return m_other; }

    /// The diff as HTML (every text escaped).
    static QString html(const packio::PackDiffResult &diff, const QString &oldName,
                        const QString &newName);

signals:
    void compared();
    void failed(const QString &message);

private:
    void choose();

    QString m_dir;
    QString m_other;
    QAction *m_action;
    std::function<QString()> m_chooser;
    packio::PackDiffResult m_result;
};

} // namespace oht::reviewui
