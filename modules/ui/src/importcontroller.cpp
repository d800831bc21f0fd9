#include "oht/ui/importcontroller.h"

#include "oht/core/error.h"
#include "oht/library/importtypes.h"
#include "oht/ui/importworker.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace oht::ui {

ImportController::ImportController(QString dataDir, QWidget *dialogParent)
    : m_dataDir(std::move(dataDir)), m_dialogParent(dialogParent)
{}

ImportController::~ImportController()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

QString ImportController::fileFilter()
{
    return tr("Course packs (*.ohtpack)") + QLatin1String(";;") + tr("All files (*)");
}

bool ImportController::isPackFile(const QString &path)
{
    return path.endsWith(QLatin1String(".ohtpack"), Qt::CaseInsensitive);
}

void ImportController::importFiles(const QStringList &files)
{
    m_queue.append(files);
    if (!isBusy())
        startNext();
}

void ImportController::startNext()
{
    if (m_queue.isEmpty()) {
        m_current.clear();
        if (m_progress)
            m_progress->reset();
        emit idle();
        return;
    }
    m_current = m_queue.takeFirst();
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("oht-import"));
        m_worker = new ImportWorker(m_dataDir);
        m_worker->moveToThread(m_thread);
        connect(m_worker, &ImportWorker::progressChanged, this, &ImportController::onProgress);
        connect(m_worker, &ImportWorker::finished, this, &ImportController::onFinished);
        m_thread->start();
    }
    if (!m_progress) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(QStringLiteral("importProgressDialog"));
        m_progress->setWindowTitle(tr("Importing course"));
        m_progress->setAccessibleName(tr("Import progress"));
        m_progress->setCancelButtonText(tr("&Cancel import"));
        m_progress->setWindowModality(Qt::WindowModal);
        // Small packs import in a blink: only show the dialog when it is worth it.
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_queue.clear();
            if (m_worker)
                m_worker->cancel();
        });
    }
    m_progress->setLabelText(tr("Importing “%1”…").arg(QFileInfo(m_current).fileName()));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_worker->reset();
    QMetaObject::invokeMethod(m_worker, "importFile", Qt::QueuedConnection,
                              Q_ARG(QString, m_current));
}

void ImportController::onProgress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    }
}

void ImportController::onFinished(const QString &file, bool ok, const QString &packId,
                                  const QString &title, const QString &version, int outcome,
                                  int errorKind, const QString &message)
{
    if (ok) {
        QString text;
        switch (library::ImportOutcome(outcome)) {
        case library::ImportOutcome::Installed:
            text = tr("Installed “%1” (version %2).").arg(title, version);
            break;
        case library::ImportOutcome::Updated:
            text = tr("Updated “%1” to version %2.").arg(title, version);
            break;
        case library::ImportOutcome::AlreadyInstalled:
            text = tr("“%1” version %2 is already installed.").arg(title, version);
            break;
        case library::ImportOutcome::Downgraded:
            text = tr("Installed the older version %2 of “%1”.").arg(title, version);
            break;
        }
        emit packImported(packId, text);
    } else if (ErrorKind(errorKind) == ErrorKind::Cancelled) {
        emit importCancelled(file);
    } else {
        showError(file, message);
        emit importFailed(file, message);
    }
    startNext();
}

void ImportController::showError(const QString &file, const QString &message)
{
    // Non-blocking, so a queue of files goes on and tests can inspect the dialog.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Course not imported"),
                                tr("“%1” could not be imported.").arg(QFileInfo(file).fileName()),
                                QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("importErrorDialog"));
    box->setInformativeText(message + QLatin1String("\n\n") +
                            tr("Your library has not been changed."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

} // namespace oht::ui
