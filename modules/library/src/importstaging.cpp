#include "importstaging.h"

#include "librarylog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace oht::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::ImportStaging", text);
}

} // namespace

ImportStaging::ImportStaging(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_lock(std::move(lock))
{}

Result<std::unique_ptr<ImportStaging>> ImportStaging::create(const QString &tmpRoot)
{
    if (!QDir().mkpath(tmpRoot))
        return Error::io(QStringLiteral("library.tmp-failed"),
                         tr("Cannot create the folder %1.").arg(tmpRoot));
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString name =
            QLatin1String(kPrefix) + QString::number(QRandomGenerator::system()->generate64(), 16);
        const QString dir = tmpRoot + QLatin1Char('/') + name;
        // The lock comes first, so a sweep never sees the folder unlocked.
        auto lock = std::make_unique<QLockFile>(dir + QLatin1String(kLockSuffix));
        lock->setStaleLockTime(0); // stale only when its process is gone, never by age
        if (!lock->tryLock(0))
            continue;
        if (QDir(dir).exists() || !QDir().mkdir(dir))
            continue; // the lock is released (and removed) by its destructor
        return std::unique_ptr<ImportStaging>(new ImportStaging(dir, std::move(lock)));
    }
    return Error::io(QStringLiteral("library.tmp-failed"),
                     tr("Cannot create a temporary folder in %1.").arg(tmpRoot));
}

ImportStaging::~ImportStaging()
{
    if (!QDir(m_path).removeRecursively())
        qCWarning(lcLibrary) << "could not remove" << m_path << "; sweepOrphans() will";
    m_lock->unlock();
}

QString ImportStaging::name() const
{
    return QFileInfo(m_path).fileName();
}

QString ImportStaging::newFilePath()
{
    return m_path + QLatin1Char('/') + QString::number(++m_counter);
}

} // namespace oht::library
