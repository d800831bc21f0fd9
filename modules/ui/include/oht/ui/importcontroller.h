#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QThread;
class QWidget;

namespace oht::ui {

class ImportWorker;

/// Imports `.ohtpack` files one after another in a worker thread, with a progress
/// dialog that can cancel. A refused pack opens a dialog with the validator's message;
/// the library is then unchanged (the importer is atomic).
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(QString dataDir, QWidget *dialogParent);
    ~ImportController() override;

    /// Queues the files; returns at once.
    void importFiles(const QStringList &files);
    bool isBusy() const { return !m_current.isEmpty(); }

    /// The file filter for open dialogs, translated.
    static QString fileFilter();
    /// Whether `path` looks like a course pack (by extension; the importer checks the rest).
    static bool isPackFile(const QString &path);

signals:
    /// A pack was installed, updated or found already installed; `message` is for the
    /// status bar.
    void packImported(const QString &packId, const QString &message);
    void importFailed(const QString &file, const QString &message);
    void importCancelled(const QString &file);
    /// The queue is empty again.
    void idle();

private:
    void startNext();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const QString &file, bool ok, const QString &packId, const QString &title,
                    const QString &version, int outcome, int errorKind, const QString &message);
    void showError(const QString &file, const QString &message);

    QString m_dataDir;
    QWidget *m_dialogParent;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    QStringList m_queue;
    QString m_current;
};

} // namespace oht::ui
