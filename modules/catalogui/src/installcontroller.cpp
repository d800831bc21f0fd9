#include "oht/catalogui/installcontroller.h"

#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalog/packinstaller.h"
#include "oht/catalog/updatesummary.h"
#include "oht/catalogui/displaytext.h"
#include "oht/library/library.h"

#include <QThread>

namespace oht::catalogui {

namespace {
/// "“Title” was not installed: <reason>. Your library…": the reason is a sentence of its
/// own, so its full stop goes (else the message shows "..").
QString refusal(const QString &title, QString reason)
{
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return InstallController::tr("“%1” was not installed: %2. Your library has not been changed.")
        .arg(title, reason);
}
} // namespace

InstallController::InstallController(library::Library &library, catalog::CatalogConfig &config,
                                     catalog::DownloadQueue &queue, QObject *parent)
    : QObject(parent), m_library(library), m_config(config), m_queue(queue)
{
    connect(&m_queue, &catalog::DownloadQueue::finished, this, &InstallController::enqueue);
    connect(&m_queue, &catalog::DownloadQueue::jobRemoved, this, [this](catalog::DownloadJob *job) {
        m_errors.remove(job);
        m_errorCodes.remove(job);
    });
}

InstallController::~InstallController()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString InstallController::errorOf(const catalog::DownloadJob *job) const
{
    return m_errors.value(job);
}

QString InstallController::reasonOf(const catalog::DownloadJob *job) const
{
    return m_errors.contains(job) ? DisplayText::reason(m_errorCodes.value(job)) : QString();
}

void InstallController::enqueue(catalog::DownloadJob *job, const QString &filePath)
{
    m_pending.append({job, filePath});
    startNext();
}

void InstallController::startNext()
{
    if (m_worker)
        return;
    while (!m_pending.isEmpty() && !m_pending.first().first)
        m_pending.removeFirst(); // removed from the queue meanwhile
    if (m_pending.isEmpty())
        return;
    const auto [job, filePath] = m_pending.takeFirst();
    const catalog::CatalogEntry entry = job->entry();
    // The keys as they are now: the learner may have added one since the download started.
    const catalog::TrustedKeys keys = m_config.trustedKeys();
    const QString dataDir = m_library.dataDir();
    QPointer<catalog::DownloadJob> target = job;
    m_worker = QThread::create([this, target, entry, keys, dataDir, filePath] {
        Outcome outcome;
        outcome.packId = entry.id;
        auto library = library::Library::open(dataDir);
        if (!library) {
            outcome.errorCode = library.error().code;
            outcome.message = refusal(entry.title, library.error().message);
        } else {
            library::Library &lib = **library;
            const auto before = lib.pack(entry.id);
            // Compared before the import replaces the old version; only shown, never trusted.
            const auto summary = before ? catalog::UpdateSummary::compare(lib, entry, filePath)
                                        : Result<catalog::UpdateSummary>(Error{});
            catalog::PackInstaller installer(lib, keys);
            const auto report = installer.install(filePath, entry);
            outcome.ok = report.ok();
            if (!report) {
                outcome.errorCode = report.error().code;
                outcome.message = refusal(entry.title, report.error().message);
            } else if (before && summary && summary->compared)
                outcome.message = tr("Updated “%1” from %2 to %3. %4")
                                      .arg(entry.title, before->version, entry.versionString(),
                                           DisplayText::changes(summary->changes)
                                               .replace(u'\n', QStringLiteral(". ")));
            else if (before)
                outcome.message = tr("Updated “%1” from %2 to %3.")
                                      .arg(entry.title, before->version, entry.versionString());
            else
                outcome.message = tr("Installed “%1” %2.").arg(entry.title, entry.versionString());
        }
        QMetaObject::invokeMethod(
            this, [this, target, outcome] { finish(target, outcome); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void InstallController::finish(catalog::DownloadJob *job, const Outcome &outcome)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (!outcome.ok) {
        if (job) {
            m_errors.insert(job, outcome.message);
            m_errorCodes.insert(job, outcome.errorCode);
            emit installFailed(job, outcome.message);
        }
    } else {
        // The pack is in the library now: the download's files are no longer needed (a
        // USB stick's file is never deleted).
        if (job)
            m_queue.remove(job);
        emit installed(outcome.packId, outcome.message);
    }
    startNext();
}

} // namespace oht::catalogui
