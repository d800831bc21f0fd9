#pragma once

#include "oht/core/result.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace oht::reviewui {

class ReviewWindow;

/// File → "Open Pack Folder for Review…" of the learner's app: asks for a pack's source
/// folder and opens reviewer mode (a ReviewWindow) over it, nothing installed. Apart from
/// MainWindow so that the main window stays a thin wiring class.
class ReviewLauncher : public QObject
{
    Q_OBJECT

public:
    /// `window` is the dialog parent; the review windows are top-level windows of their own.
    explicit ReviewLauncher(QWidget *window);
    ~ReviewLauncher() override;

    QAction *openAction() const { return m_action; }
    /// How the folder is chosen (a folder dialog by default; tests replace it). An empty
    /// answer means cancelled.
    void setFolderChooser(std::function<QString()> chooser);

    /// Opens reviewer mode over `sourceDir`: an error (nothing opened) when it is not a
    /// folder with a pack.json. Each window deletes itself when closed.
    Result<ReviewWindow *> open(const QString &sourceDir);
    /// The review windows still open.
    QList<ReviewWindow *> windows() const;

signals:
    /// A folder was refused; the text says why (the main window shows it).
    void failed(const QString &message);

private:
    void chooseAndOpen();

    QWidget *m_window;
    QAction *m_action;
    std::function<QString()> m_chooser;
    QList<QPointer<ReviewWindow>> m_windows;
};

} // namespace oht::reviewui
