#pragma once

#include "oht/archive/zipreader.h"
#include "oht/archive/zipwriter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace oht::test {

/// One entry of a built pack, for tests that take a pack apart and rebuild it altered.
struct PackEntry
{
    QString name;
    QByteArray data;
};

/// Every regular entry of a (trusted, test-made) archive, in archive order.
inline QList<PackEntry> readPackEntries(const QString &path)
{
    archive::ZipReader reader(path);
    QList<PackEntry> entries;
    const auto list = reader.scan();
    if (!list)
        return entries;
    for (const auto &info : *list) {
        auto data = reader.readEntry(info.name, 1LL << 30);
        if (!data)
            return {};
        entries.append({info.name, *data});
    }
    return entries;
}

/// Writes the entries, in the given order, as a new archive (pack.json is not updated,
/// which is the point: tests use it to make packs whose manifest lies).
inline bool writePackEntries(const QString &path, const QList<PackEntry> &entries)
{
    archive::ZipWriter writer(path);
    if (!writer.open())
        return false;
    for (const auto &e : entries)
        if (!writer.addFile(e.name, e.data))
            return false;
    return bool(writer.close());
}

inline QByteArray entryData(const QList<PackEntry> &entries, const QString &name)
{
    for (const auto &e : entries)
        if (e.name == name)
            return e.data;
    return {};
}

inline void setEntryData(QList<PackEntry> &entries, const QString &name, const QByteArray &data)
{
    for (auto &e : entries)
        if (e.name == name)
            e.data = data;
}

inline void removeEntry(QList<PackEntry> &entries, const QString &name)
{
    entries.removeIf([&](const PackEntry &e) { return e.name == name; });
}

} // namespace oht::test
