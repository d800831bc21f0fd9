#include "oht/reviewui/reviewlauncher.h"

#include "oht/reviewui/reviewwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace oht::reviewui {

ReviewLauncher::ReviewLauncher(QWidget *window)
    : QObject(window), m_window(window),
      m_action(new QAction(tr("Open Pack &Folder for Review…"), this))
{
    m_action->setObjectName(QStringLiteral("openReviewAction"));
    m_action->setStatusTip(
        tr("Preview a course pack's source folder as learners will see it, without installing "
           "it: problems, answer keys and review notes."));
    m_chooser = [this] {
        return QFileDialog::getExistingDirectory(m_window, tr("Open Pack Folder for Review"));
    };
    connect(m_action, &QAction::triggered, this, &ReviewLauncher::chooseAndOpen);
}

ReviewLauncher::~ReviewLauncher()
{
    // The windows are top-level: they would outlive the app's main window otherwise.
    for (const QPointer<ReviewWindow> &window : std::as_const(m_windows))
        delete window.data();
}

void ReviewLauncher::setFolderChooser(std::function<QString()> chooser)
{
    m_chooser = std::move(chooser);
}

Result<ReviewWindow *> ReviewLauncher::open(const QString &sourceDir)
{
    const QFileInfo dir(sourceDir);
    if (!dir.isDir())
        return Error::invalid(QStringLiteral("review.not-a-folder"),
                              tr("%1 is not a folder.").arg(QDir::toNativeSeparators(sourceDir)));
    if (!QFileInfo(QDir(sourceDir).filePath(QStringLiteral("pack.json"))).isFile())
        return Error::invalid(
            QStringLiteral("review.no-pack-json"),
            tr("%1 has no pack.json: choose the folder a course pack is built from.")
                .arg(QDir::toNativeSeparators(sourceDir)));
    auto *window = new ReviewWindow(dir.absoluteFilePath());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(1200, 800);
    window->show();
    m_windows.append(window);
    return window;
}

QList<ReviewWindow *> ReviewLauncher::windows() const
{
    QList<ReviewWindow *> open;
    for (const QPointer<ReviewWindow> &window : m_windows)
        if (window)
            open.append(window.data());
    return open;
}

void ReviewLauncher::chooseAndOpen()
{
    const QString dir = m_chooser ? m_chooser() : QString();
    if (dir.isEmpty())
        return; // cancelled
    if (auto opened = open(dir); !opened)
        emit failed(opened.error().message);
}

} // namespace oht::reviewui
