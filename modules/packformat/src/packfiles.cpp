#include "oht/packformat/packfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace oht::packformat {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::PackFiles", text);
}

/// Byte order of the UTF-8 paths: the order `ohtpack build` writes entries in, and one
/// that does not depend on the locale.
void sortByBytes(QStringList &paths)
{
    QList<std::pair<QByteArray, QString>> keyed;
    keyed.reserve(paths.size());
    for (const QString &p : std::as_const(paths))
        keyed.append({p.toUtf8(), p});
    std::sort(keyed.begin(), keyed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    paths.clear();
    for (const auto &k : std::as_const(keyed))
        paths.append(k.second);
}
} // namespace

FolderPackFiles::FolderPackFiles(const QString &rootDir) : m_root(QDir(rootDir).absolutePath())
{
    // Iterative walk; QDirIterator would descend into .git before we could skip it.
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeLast();
        const QDir dir(rel.isEmpty() ? m_root : m_root + QLatin1Char('/') + rel);
        const QFileInfoList entries = dir.entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
        for (const QFileInfo &info : entries) {
            const QString name = info.fileName();
            if (name.startsWith(QLatin1Char('.')))
                continue;
            const QString path = rel.isEmpty() ? name : rel + QLatin1Char('/') + name;
            // signature.json at the root is reserved for `ohtpack sign` (docs/catalog-format.md).
            if (rel.isEmpty() && (name == QLatin1String("review-notes.json") ||
                                  name == QLatin1String("signature.json")))
                continue;
            if (info.isSymLink()) {
                m_rejected.append({path, tr("is a symbolic link")});
            } else if (info.isDir()) {
                pending.append(path);
            } else if (info.isFile()) {
                m_paths.append(path);
            } else {
                m_rejected.append({path, tr("is not a regular file")});
            }
        }
    }
    sortByBytes(m_paths);
    std::sort(m_rejected.begin(), m_rejected.end(),
              [](const RejectedEntry &a, const RejectedEntry &b) { return a.path < b.path; });
    m_pathSet = QSet<QString>(m_paths.cbegin(), m_paths.cend());
}

QStringList FolderPackFiles::paths() const
{
    return m_paths;
}

bool FolderPackFiles::contains(const QString &path) const
{
    return m_pathSet.contains(path);
}

std::optional<QByteArray> FolderPackFiles::read(const QString &path) const
{
    // Only what the listing saw: an outline naming "../../etc/passwd" reads nothing.
    if (!contains(path))
        return std::nullopt;
    QFile f(absolutePath(path));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

qint64 FolderPackFiles::fileSize(const QString &path) const
{
    return contains(path) ? QFileInfo(absolutePath(path)).size() : -1;
}

QString FolderPackFiles::absolutePath(const QString &path) const
{
    return m_root + QLatin1Char('/') + path;
}

QStringList MemoryPackFiles::paths() const
{
    QStringList all = m_files.keys();
    for (auto it = m_pathsOnly.cbegin(); it != m_pathsOnly.cend(); ++it)
        if (!m_files.contains(it.key()))
            all.append(it.key());
    sortByBytes(all);
    return all;
}

bool MemoryPackFiles::contains(const QString &path) const
{
    return m_files.contains(path) || m_pathsOnly.contains(path);
}

std::optional<QByteArray> MemoryPackFiles::read(const QString &path) const
{
    const auto it = m_files.constFind(path);
    if (it == m_files.cend())
        return std::nullopt;
    return it.value();
}

} // namespace oht::packformat
