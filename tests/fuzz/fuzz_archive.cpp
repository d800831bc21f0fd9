// libFuzzer target for ZipReader, read from memory the way the importer reads a file
// (scan, extract, readEntry). Besides crashes and sanitizer reports it checks the
// reader's promises, so a logic slip is a finding too.
//
// An input starting with "PK" is used as the archive itself. Any other input describes
// entries (names, flags, types, contents) that are first assembled into a well-formed
// zip: libarchive is not instrumented, so coverage cannot steer raw bytes towards valid
// headers, and this way arbitrary names reach the name rules through real parsing.
#include "oht/archive/zipreader.h"
#include "oht/core/packpath.h"
#include "rawzipbuilder.h"

#include <QByteArray>
#include <QSet>
#include <algorithm>
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

/// Turns a description into a zip. Per entry: a control byte, a name length and name,
/// a data length and data.
QByteArray assemble(const uint8_t *data, size_t size)
{
    using oht::test::RawZipBuilder;
    static constexpr quint32 kTypes[] = {RawZipBuilder::kRegularFile, RawZipBuilder::kDirectory,
                                         RawZipBuilder::kSymlink, RawZipBuilder::kCharDevice};
    size_t at = 0;
    const auto take = [&](size_t n) {
        n = std::min(n, size - at);
        const QByteArray bytes(reinterpret_cast<const char *>(data + at), qsizetype(n));
        at += n;
        return bytes;
    };
    RawZipBuilder zip;
    while (at + 2 <= size && zip.count() < 64) {
        const uint8_t control = data[at++];
        const QByteArray name = take(data[at++] % 80);
        const size_t dataLength = at < size ? data[at++] : 0;
        auto &entry = zip.add(name, take(dataLength),
                              (control & 0x04) ? RawZipBuilder::Method::Stored
                                               : RawZipBuilder::Method::Deflated);
        entry.flags = quint16(((control & 0x01) ? RawZipBuilder::kEncryptedFlag : 0) |
                              ((control & 0x02) ? RawZipBuilder::kUtf8Flag : 0));
        entry.externalAttributes = kTypes[(control >> 3) & 0x03];
        entry.neededSystem = (control & 0x20) ? 3 : 0;
        entry.madeBySystem = (control & 0x40) ? 0 : 3;
    }
    return zip.build();
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
    const bool raw = size >= 2 && data[0] == 'P' && data[1] == 'K';
    const QByteArray bytes =
        raw ? QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))
            : assemble(data, size);
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
