#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace oht::packformat {

/// An entry that is not a regular file (a symlink, a device, a socket...). It is not part
/// of the pack; the validator reports it as `unsafe-path`.
struct RejectedEntry
{
    QString path;   ///< pack-relative
    QString reason; ///< translated, e.g. "is a symbolic link"
};

/// The files of a pack as the validator sees them: a source folder on disk or the
/// entries of a built archive. Paths are pack-relative with '/' separators.
/// The validator reads pack.json, every lesson and every quiz through read(); an
/// implementation must hold their contents (media may be listed by path only).
class PackFiles
{
public:
    virtual ~PackFiles() = default;
    /// Every file in the pack, sorted by byte order, `pack.json` included.
    virtual QStringList paths() const = 0;
    virtual bool contains(const QString &path) const = 0;
    /// Contents of a text file (manifest, lesson, quiz); nullopt if unreadable/absent.
    virtual std::optional<QByteArray> read(const QString &path) const = 0;
    /// Entries left out because they are not regular files, sorted by path.
    virtual QList<RejectedEntry> rejected() const { return {}; }
    /// Size in bytes of a file, or -1 when unknown (the oversized-media check skips it).
    virtual qint64 fileSize(const QString &path) const
    {
        Q_UNUSED(path);
        return -1;
    }
};

/// A source folder, listed once at construction. Skips names starting with '.' at any
/// level, and review-notes.json and signature.json at the root (docs/pack-format.md). Symbolic
/// links are never followed, so nothing outside the folder can slip into a pack: they and other
/// non-regular entries are listed by rejected(). read() opens only listed paths.
class FolderPackFiles final : public PackFiles
{
public:
    explicit FolderPackFiles(const QString &rootDir);
    QStringList paths() const override;
    bool contains(const QString &path) const override;
    std::optional<QByteArray> read(const QString &path) const override;
    QList<RejectedEntry> rejected() const override { return m_rejected; }
    qint64 fileSize(const QString &path) const override;
    QString absolutePath(const QString &path) const;

private:
    QString m_root;
    QStringList m_paths;
    QSet<QString> m_pathSet;
    QList<RejectedEntry> m_rejected;
};

/// Files held in memory (text files of an archive; media listed by path only).
class MemoryPackFiles final : public PackFiles
{
public:
    void insert(const QString &path, const QByteArray &contents) { m_files.insert(path, contents); }
    void insertPathOnly(const QString &path) { m_pathsOnly.insert(path, true); }
    QStringList paths() const override;
    bool contains(const QString &path) const override;
    std::optional<QByteArray> read(const QString &path) const override;

private:
    QHash<QString, QByteArray> m_files;
    QHash<QString, bool> m_pathsOnly;
};

} // namespace oht::packformat
