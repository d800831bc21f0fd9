#include "oht/archive/zipreader.h"

#include "bytebudget.h"
#include "entrychecker.h"
#include "readsession.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace oht::archive {

using detail::ByteBudget;
using detail::EntryChecker;
using detail::RawHeader;
using detail::ReadSession;

namespace {

constexpr qsizetype kChunkBytes = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::archive::ZipReader", text);
}

/// Called for each regular file that passed EntryChecker, positioned at its data.
using FileVisitor = std::function<Result<void>(const RawHeader &, ReadSession &)>;

/// One pass: opens, checks every header, and hands regular files to `visit`. Stops early
/// only when `stop` is given and becomes true.
Result<void> walk(ReadSession &session, const Limits &limits, const FileVisitor &visit,
                  const bool *stop = nullptr)
{
    if (auto ok = session.open(); !ok)
        return ok.error();
    EntryChecker checker(limits);
    RawHeader header;
    for (;;) {
        const Result<bool> more = session.next(header);
        if (!more)
            return more.error();
        if (!*more)
            return {};
        const Result<bool> isFile = checker.check(header);
        if (!isFile)
            return isFile.error();
        if (*isFile) {
            if (auto ok = visit(header, session); !ok)
                return ok;
        }
        if (stop && *stop)
            return {};
    }
}

/// Decompresses the current entry chunk by chunk, counting every byte before `out` sees it.
Result<void> pump(ReadSession &session, ByteBudget &budget, const QString &name, qint64 cap,
                  QByteArray &buffer,
                  const std::function<Result<void>(const char *, qsizetype)> &out)
{
    budget.beginEntry(cap);
    for (;;) {
        const Result<qsizetype> n = session.read(buffer.data(), buffer.size(), name);
        if (!n)
            return n.error();
        if (*n == 0)
            return {};
        if (auto ok = budget.add(name, *n); !ok)
            return ok;
        if (auto ok = out(buffer.constData(), *n); !ok)
            return ok;
    }
}

} // namespace

ZipReader::ZipReader(QString path, Limits limits) : m_path(std::move(path)), m_limits(limits) {}

ZipReader::ZipReader(QByteArray data, Limits limits, bool)
    : m_data(std::move(data)), m_inMemory(true), m_limits(limits)
{}

ZipReader ZipReader::fromMemory(QByteArray data, Limits limits)
{
    return ZipReader(std::move(data), limits, true);
}

namespace {
std::unique_ptr<ReadSession> makeSession(bool inMemory, const QString &path, const QByteArray &data)
{
    return inMemory ? std::make_unique<ReadSession>(data) : std::make_unique<ReadSession>(path);
}
} // namespace

Result<QList<EntryInfo>> ZipReader::scan()
{
    return scanReading({}, 0, nullptr);
}

Result<QList<EntryInfo>> ZipReader::scanReading(const QString &name, qint64 maxBytes,
                                                std::optional<QByteArray> *contents)
{
    QList<EntryInfo> entries;
    if (contents)
        contents->reset();
    QByteArray buffer;
    const auto session = makeSession(m_inMemory, m_path, m_data);
    ByteBudget budget(m_limits, session->archiveSize());
    // Headers only, but for `name`: libarchive skips the data of entries nobody reads.
    const Result<void> ok =
        walk(*session, m_limits, [&](const RawHeader &header, ReadSession &s) -> Result<void> {
            entries.append(EntryInfo{header.name, header.declaredSize});
            if (!contents || contents->has_value() || header.name != name)
                return {};
            buffer.resize(kChunkBytes);
            QByteArray read;
            const qint64 cap = maxBytes < 0 ? m_limits.maxEntryBytes : maxBytes;
            auto pumped =
                pump(s, budget, header.name, cap, buffer, [&](const char *bytes, qsizetype n) {
                    read.append(bytes, n);
                    return Result<void>();
                });
            if (!pumped)
                return pumped;
            *contents = std::move(read);
            return {};
        });
    if (!ok)
        return ok.error();
    m_scanned = true;
    return entries;
}

Result<QByteArray> ZipReader::readEntry(const QString &name, qint64 maxBytes)
{
    QByteArray contents;
    bool found = false;
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    const auto session = makeSession(m_inMemory, m_path, m_data);
    ByteBudget budget(m_limits, session->archiveSize());
    // Walks the whole archive, not just up to `name`, unless scan() has checked it: a later
    // duplicate or unsafe entry must still refuse the archive.
    const Result<void> ok = walk(
        *session, m_limits,
        [&](const RawHeader &header, ReadSession &s) {
            if (found || header.name != name)
                return Result<void>();
            found = true;
            const qint64 cap = maxBytes < 0 ? m_limits.maxEntryBytes : maxBytes;
            return pump(s, budget, header.name, cap, buffer, [&](const char *bytes, qsizetype n) {
                contents.append(bytes, n);
                return Result<void>();
            });
        },
        m_scanned ? &found : nullptr);
    if (!ok)
        return ok.error();
    if (!found)
        return Error::invalid(
            QStringLiteral("archive.entry-not-found"),
            tr("The archive has no entry \"%1\".").arg(EntryChecker::displayName(name)));
    return contents;
}

Result<void> ZipReader::extract(EntrySink &sink)
{
    if (!m_scanned) {
        if (const auto scanned = scan(); !scanned)
            return scanned.error();
    }
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    const auto session = makeSession(m_inMemory, m_path, m_data);
    ByteBudget budget(m_limits, session->archiveSize());
    return walk(*session, m_limits, [&](const RawHeader &header, ReadSession &s) -> Result<void> {
        if (auto ok = sink.beginEntry(header.name); !ok)
            return ok;
        auto ok = pump(s, budget, header.name, m_limits.maxEntryBytes, buffer,
                       [&](const char *bytes, qsizetype n) { return sink.data(bytes, n); });
        if (!ok)
            return ok;
        return sink.endEntry();
    });
}

} // namespace oht::archive
