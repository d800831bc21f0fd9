#pragma once

#include "oht/library/importtypes.h"

#include <QObject>
#include <QString>
#include <atomic>

namespace oht::ui {

/// Runs imports in a worker thread. Library objects belong to the thread that opened
/// them, so the worker opens its own Library on the same data directory.
class ImportWorker : public QObject, public library::ImportObserver
{
    Q_OBJECT
public:
    explicit ImportWorker(QString dataDir);

    /// Thread-safe: asks the running import to stop; the library is then unchanged.
    void cancel() { m_cancelled.store(true); }
    /// Called by the owner before queueing a file, so a late cancel is never lost.
    void reset() { m_cancelled.store(false); }

    void progress(qint64 done, qint64 total) override;
    bool isCancelled() const override { return m_cancelled.load(); }

public slots:
    /// Imports one file (called through a queued connection in the worker thread).
    void importFile(const QString &file);

signals:
    void progressChanged(qint64 done, qint64 total);
    /// `errorKind` is an oht::ErrorKind value; `message` is empty on success.
    void finished(const QString &file, bool ok, const QString &packId, const QString &title,
                  const QString &version, int outcome, int errorKind, const QString &message);

private:
    QString m_dataDir;
    std::atomic<bool> m_cancelled{false};
    qint64 m_lastReported = -1;
};

} // namespace oht::ui
