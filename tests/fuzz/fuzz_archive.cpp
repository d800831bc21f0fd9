// libFuzzer target: arbitrary bytes as a pack archive, read from memory the way the
// importer reads a file (scan, extract, readEntry). Besides crashes and sanitizer
// reports it checks the reader's promises, so a logic slip is a finding too.
#include "oht/archive/zipreader.h"
#include "oht/core/packpath.h"

#include <QByteArray>
#include <QSet>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace oht::archive;

class CountingSink : public EntrySink
{
public:
    qsizetype entries = 0;
    qint64 bytes = 0;
    bool open = false;

    oht::Result<void> beginEntry(const QString &) override
    {
        if (open)
            std::abort(); // beginEntry twice without endEntry
        open = true;
        ++entries;
        return {};
    }
    oht::Result<void> data(const char *, qsizetype size) override
    {
        if (!open || size <= 0)
            std::abort();
        bytes += size;
        return {};
    }
    oht::Result<void> endEntry() override
    {
        open = false;
        return {};
    }
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkError(const oht::Error &error)
{
    check(error.code.startsWith(QLatin1String("archive.")));
    check(!error.message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Small limits keep every run fast; the logic is the same as with the defaults.
    Limits limits;
    limits.maxEntries = 2000;
    limits.maxEntryBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;

    // fromRawData: no copy, so ASan sees any read past the fuzzer's buffer.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ZipReader reader = ZipReader::fromMemory(bytes, limits);

    const auto scanned = reader.scan();
    if (!scanned) {
        checkError(scanned.error());
    } else {
        QSet<QString> names;
        for (const EntryInfo &entry : *scanned) {
            check(oht::isSafePackPath(entry.name));
            check(!entry.name.endsWith(QLatin1Char('/')));
            check(!names.contains(entry.name));
            names.insert(entry.name);
        }
    }

    CountingSink sink;
    const auto extracted = reader.extract(sink);
    if (extracted) {
        // extract() runs scan() first, so it cannot succeed where scan() failed.
        check(scanned.ok());
        check(sink.entries == scanned->size());
        check(sink.bytes <= limits.maxTotalBytes);
    } else {
        checkError(extracted.error());
    }

    if (scanned && !scanned->isEmpty()) {
        const auto first = reader.readEntry(scanned->first().name, 64 * 1024);
        if (first)
            check(first->size() <= 64 * 1024);
        else
            checkError(first.error());
    }
    return 0;
}
