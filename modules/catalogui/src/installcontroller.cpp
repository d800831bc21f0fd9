#include "oht/catalogui/installcontroller.h"

#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalog/packinstaller.h"
#include "oht/catalog/updatesummary.h"
#include "oht/catalogui/displaytext.h"
#include "oht/library/library.h"

namespace oht::catalogui {

InstallController::InstallController(library::Library &library, catalog::CatalogConfig &config,
                                     catalog::DownloadQueue &queue, QObject *parent)
    : QObject(parent), m_library(library), m_config(config), m_queue(queue)
{
    connect(&m_queue, &catalog::DownloadQueue::finished, this, &InstallController::install);
    connect(&m_queue, &catalog::DownloadQueue::jobRemoved, this,
            [this](catalog::DownloadJob *job) { m_errors.remove(job); });
}

QString InstallController::errorOf(const catalog::DownloadJob *job) const
{
    return m_errors.value(job);
}

void InstallController::install(catalog::DownloadJob *job, const QString &filePath)
{
    const catalog::CatalogEntry entry = job->entry();
    const auto before = m_library.pack(entry.id);
    // Compared before the import replaces the old version; only shown, never trusted.
    const auto summary = before ? catalog::UpdateSummary::compare(m_library, entry, filePath)
                                : Result<catalog::UpdateSummary>(Error{});
    // The keys as they are now: the learner may have added one since the download started.
    catalog::PackInstaller installer(m_library, m_config.trustedKeys());
    const auto report = installer.install(filePath, entry);
    if (!report) {
        const QString message = tr("“%1” was not installed: %2. Your library has not been changed.")
                                    .arg(entry.title, report.error().message);
        m_errors.insert(job, message);
        emit installFailed(job, message);
        return;
    }
    QString message;
    if (before && summary && summary->compared)
        message =
            tr("Updated “%1” from %2 to %3. %4")
                .arg(entry.title, before->version, entry.versionString(),
                     DisplayText::changes(summary->changes).replace(u'\n', QStringLiteral(". ")));
    else if (before)
        message = tr("Updated “%1” from %2 to %3.")
                      .arg(entry.title, before->version, entry.versionString());
    else
        message = tr("Installed “%1” %2.").arg(entry.title, entry.versionString());
    // The pack is in the library now: the download's files are no longer needed (a USB
    // stick's file is never deleted).
    m_queue.remove(job);
    emit installed(entry.id, message);
}

} // namespace oht::catalogui
