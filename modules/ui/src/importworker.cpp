#include "oht/ui/importworker.h"

#include "oht/library/library.h"

namespace oht::ui {

ImportWorker::ImportWorker(QString dataDir) : m_dataDir(std::move(dataDir)) {}

void ImportWorker::progress(qint64 done, qint64 total)
{
    // Emitting for every block would flood the GUI thread's event queue.
    const qint64 step = total > 0 ? total / 200 : 1024 * 1024;
    if (m_lastReported >= 0 && done - m_lastReported < step && done != total)
        return;
    m_lastReported = done;
    emit progressChanged(done, total);
}

void ImportWorker::importFile(const QString &file)
{
    m_lastReported = -1;
    auto library = library::Library::open(m_dataDir);
    if (!library) {
        emit finished(file, false, {}, {}, {}, 0, int(library.error().kind),
                      library.error().message);
        return;
    }
    const auto report = (*library)->importPack(file, {}, this);
    if (!report) {
        emit finished(file, false, {}, {}, {}, 0, int(report.error().kind), report.error().message);
        return;
    }
    const auto summary = (*library)->pack(report->packId);
    emit finished(file, true, report->packId, summary ? summary->title : report->packId,
                  report->version, int(report->outcome), 0, {});
}

} // namespace oht::ui
