#include "blobstore.h"

#include "importstaging.h"
#include "librarylog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <cerrno>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace oht::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::BlobStore", text);
}

Error syncError(const QString &path, int errorNumber)
{
    return Error::io(
        QStringLiteral("library.sync-failed"),
        tr("Cannot make %1 durable on disk: %2").arg(path, qt_error_string(errorNumber)));
}

} // namespace

BlobStore::BlobStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Result<void> BlobStore::ensureDirectories() const
{
    for (const QString &dir : {blobsRoot(), tmpRoot()}) {
        if (!QDir().mkpath(dir))
            return Error::io(QStringLiteral("library.mkdir-failed"),
                             tr("Cannot create the folder %1.").arg(dir));
    }
    return {};
}

bool BlobStore::isSha256Hex(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

QString BlobStore::blobPath(const QByteArray &sha256Hex) const
{
    const QString hex = QString::fromLatin1(sha256Hex);
    return blobsRoot() + QLatin1Char('/') + hex.left(2) + QLatin1Char('/') + hex;
}

bool BlobStore::contains(const QByteArray &sha256Hex) const
{
    return isSha256Hex(sha256Hex) && QFileInfo::exists(blobPath(sha256Hex));
}

QSet<QString> BlobStore::shardFolders() const
{
    const QStringList names = QDir(blobsRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(names.cbegin(), names.cend());
}

Result<void> BlobStore::install(const QString &stagedFile, const QByteArray &sha256Hex) const
{
    if (!isSha256Hex(sha256Hex))
        return Error::internal(QStringLiteral("library.bad-hash"),
                               tr("Not a SHA-256 hash: %1").arg(QString::fromLatin1(sha256Hex)));
    const QString target = blobPath(sha256Hex);
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error::io(
                QStringLiteral("library.mkdir-failed"),
                tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath()));
        // QFile::rename never replaces an existing file: a concurrent import that put the
        // same blob in place first wins, and its file has the same bytes.
        if (QFile::rename(stagedFile, target))
            return {};
        if (!QFileInfo::exists(target))
            return Error::io(QStringLiteral("library.write-failed"),
                             tr("Cannot move %1 into the library's file store.").arg(stagedFile));
    }
    QFile::remove(stagedFile);
    return {};
}

Result<void> BlobStore::sync(const QStringList &paths) const
{
    if (paths.isEmpty())
        return {};
#if defined(Q_OS_LINUX)
    // One syncfs() flushes the whole file system: far cheaper than thousands of fsyncs
    // for a pack of many small files (and it covers the folders' entries too).
    Q_UNUSED(paths);
    const QByteArray root = QFile::encodeName(blobsRoot());
    const int fd = ::open(root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return syncError(blobsRoot(), errno);
    const int rc = ::syncfs(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return syncError(blobsRoot(), error);
#elif defined(Q_OS_UNIX)
    for (const QString &path : paths) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return syncError(path, errno);
        const int rc = ::fsync(fd);
        const int error = errno;
        ::close(fd);
        if (rc != 0)
            return syncError(path, error);
    }
#else
    // Not durable yet on Windows (needs FlushFileBuffers per file); the commit order
    // still keeps the database consistent with what is on disk after a crash.
    Q_UNUSED(paths);
#endif
    return {};
}

Result<int> BlobStore::sweep(const QSet<QByteArray> &keep) const
{
    int removed = 0;
    QDirIterator it(blobsRoot(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray name = it.fileName().toLatin1();
        const bool wellPlaced = isSha256Hex(name) && path == blobPath(name);
        if (wellPlaced && keep.contains(name))
            continue;
        if (QFile::remove(path))
            ++removed;
        else
            qCWarning(lcLibrary) << "could not remove orphan" << path;
    }
    return removed + sweepTmp();
}

QSet<QString> BlobStore::runningImports() const
{
    QSet<QString> running;
    const QDir tmp(tmpRoot());
    const auto folders =
        tmp.entryInfoList({QLatin1String(ImportStaging::kPrefix) + QLatin1Char('*')},
                          QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        QLockFile lock(folder.filePath() + QLatin1String(ImportStaging::kLockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            running.insert(folder.fileName());
    }
    return running;
}

int BlobStore::sweepTmp() const
{
    int removed = 0;
    const QDir tmp(tmpRoot());
    const QString lockSuffix = QLatin1String(ImportStaging::kLockSuffix);
    const auto entries =
        tmp.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().endsWith(lockSuffix))
            continue; // handled with its folder below
        if (!entry.isDir()) {
            removed += QFile::remove(entry.filePath()) ? 1 : 0;
            continue;
        }
        QLockFile lock(entry.filePath() + lockSuffix);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // an import is using it
        QDirIterator files(entry.filePath(), QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            files.next();
            ++removed;
        }
        QDir(entry.filePath()).removeRecursively();
    }
    // Lock files whose folder is gone: tryLock succeeds on a stale one and unlock removes it.
    for (const QFileInfo &entry : tmp.entryInfoList({QLatin1Char('*') + lockSuffix}, QDir::Files)) {
        const QString folder = entry.filePath().chopped(lockSuffix.size());
        if (QFileInfo::exists(folder))
            continue;
        QLockFile lock(entry.filePath());
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            lock.unlock();
    }
    return removed;
}

} // namespace oht::library
