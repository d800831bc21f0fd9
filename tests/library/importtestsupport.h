#pragma once

#include "oht/library/importtypes.h"
#include "packsourcewriter.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace oht::test {

inline QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (auto &b : bytes)
        b = char(gen.bounded(256));
    return bytes;
}

/// A pack with two lessons, a quiz, and media; `version` decides its content.
inline PackSourceWriter importerSource(const QString &version)
{
    PackSourceWriter source("org.example.importer", version);
    auto modules = source.manifest()["modules"].toArray();
    auto module = modules[0].toObject();
    auto items = module["items"].toArray();
    items.append(QJsonObject{{"id", "lesson-2"},
                             {"type", "lesson"},
                             {"title", "Second lesson"},
                             {"file", "lessons/lesson-2.md"}});
    module["items"] = items;
    modules[0] = module;
    source.manifest()["modules"] = modules;
    source.setFile("lessons/lesson-2.md", "# Two\n\nVersion " + version.toUtf8() + " text.\n");
    source.setFile("media/photo.bin", noise(50'000, 7));
    source.setFile("zz/late.bin", noise(200'000, 8));
    return source;
}

/// Cancels at the n-th poll (0 = the first); counts polls and records progress.
class TestObserver : public library::ImportObserver
{
public:
    explicit TestObserver(int cancelAt = -1) : m_cancelAt(cancelAt) {}
    void progress(qint64 done, qint64 total) override
    {
        monotonic = monotonic && done >= lastDone;
        lastDone = done;
        lastTotal = total;
        ++progressCalls;
    }
    bool isCancelled() const override
    {
        const int poll = polls++;
        return m_cancelAt >= 0 && poll >= m_cancelAt;
    }

    mutable int polls = 0;
    int progressCalls = 0;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    bool monotonic = true;

private:
    int m_cancelAt;
};

} // namespace oht::test
