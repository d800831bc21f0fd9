#pragma once

#include "oht/core/semver.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace oht::packformat {

enum class ItemKind { Lesson, Quiz };

struct Author
{
    QString name;
    QString role;
    QString contact;
};

struct OutlineItem
{
    QString id;
    ItemKind kind = ItemKind::Lesson;
    QString title;
    QString file; ///< pack-relative path
};

struct Module
{
    QString id;
    QString title;
    QList<OutlineItem> items;
};

/// One entry of a built pack's `files` list.
struct FileEntry
{
    QString path;
    QByteArray sha256Hex; ///< 64 lower-case hex characters
    qint64 size = 0;
};

/// The parsed `pack.json` (see docs/pack-format.md).
struct Manifest
{
    int formatVersion = 1;
    QString id;
    SemVer version;
    QString title;
    QString description;
    QString language;
    QList<Author> authors;
    QString license;
    QDate created;
    QDate reviewBy;
    SemVer minAppVersion;
    QStringList tags;
    QList<Module> modules;
    QList<FileEntry> files; ///< empty in a source folder

    /// All items of all modules, in outline order.
    QList<OutlineItem> items() const;
    const OutlineItem *findItem(const QString &itemId) const;
};

} // namespace oht::packformat
