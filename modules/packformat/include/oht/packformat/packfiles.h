#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace oht::packformat {

/// The files of a pack as the validator sees them: a source folder on disk or the
/// entries of a built archive. Paths are pack-relative with '/' separators.
class PackFiles
{
public:
    virtual ~PackFiles() = default;
    /// Every file in the pack, sorted by byte order, `pack.json` included.
    virtual QStringList paths() const = 0;
    virtual bool contains(const QString &path) const = 0;
    /// Contents of a text file (manifest, lesson, quiz); nullopt if unreadable/absent.
    virtual std::optional<QByteArray> read(const QString &path) const = 0;
};

/// A source folder. Skips names starting with '.' and review-notes.json (docs/pack-format.md).
class FolderPackFiles final : public PackFiles
{
public:
    explicit FolderPackFiles(const QString &rootDir);
    QStringList paths() const override;
    bool contains(const QString &path) const override;
    std::optional<QByteArray> read(const QString &path) const override;
    QString absolutePath(const QString &path) const;

private:
    QString m_root;
    QStringList m_paths;
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
