#include "oht/reviewui/packwatcher.h"

#include "oht/packformat/packfiles.h"

#include <QDir>
#include <QDirIterator>

namespace oht::reviewui {

namespace {
// Fast enough to feel live ("within a second"), slow enough to see a whole save.
constexpr int kDefaultDebounceMs = 250;
} // namespace

PackWatcher::PackWatcher(QString sourceDir, QDate today, QObject *parent)
    : QObject(parent), m_dir(QDir(sourceDir).absolutePath()), m_today(today)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &PackWatcher::revalidate);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PackWatcher::scheduleRevalidate);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &PackWatcher::scheduleRevalidate);
}

void PackWatcher::start()
{
    revalidate();
}

void PackWatcher::scheduleRevalidate()
{
    m_timer.start();
}

void PackWatcher::watchAll()
{
    // Editors that save by renaming replace the file, which drops its watch; new files
    // and folders need one too. Re-listing after each validation covers both.
    QStringList paths{m_dir};
    QDirIterator it(m_dir, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isSymLink())
            paths << path;
    }
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    QStringList fresh;
    for (const QString &p : std::as_const(paths))
        if (!watched.contains(p))
            fresh << p;
    if (!fresh.isEmpty())
        m_watcher.addPaths(fresh);
}

void PackWatcher::revalidate()
{
    m_timer.stop();
    m_result = packformat::PackValidator(m_today, packformat::Checks::Review)
                   .validate(packformat::FolderPackFiles(m_dir));
    ++m_generation;
    watchAll();
    emit validated(m_result);
}

} // namespace oht::reviewui
