#include "rawzipbuilder.h"

#include <QFile>
#include <QtEndian>
#include <zlib.h>

namespace oht::test {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// 1980-01-01 00:00, the earliest DOS date: keeps the test archives reproducible.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;

} // namespace

RawZipBuilder::Entry &RawZipBuilder::add(const QByteArray &name, const QByteArray &data,
                                         Method method)
{
    Entry e;
    e.name = name;
    e.data = data;
    e.method = method;
    m_entries.append(e);
    return m_entries.last();
}

RawZipBuilder::Entry &RawZipBuilder::addDirectory(const QByteArray &name)
{
    Entry &e = add(name, {}, Method::Stored);
    e.externalAttributes = kDirectory;
    return e;
}

namespace {

/// One deflate stream for a whole build: setting one up per entry costs more than
/// compressing a small entry (the fuzzer builds thousands of archives).
class Deflater
{
public:
    explicit Deflater(int level)
    {
        // Negative window bits: raw deflate without the zlib header and checksum.
        m_ok =
            deflateInit2(&m_stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (m_ok)
            deflateEnd(&m_stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    QByteArray deflate(const QByteArray &data)
    {
        if (!m_ok || deflateReset(&m_stream) != Z_OK)
            return {};
        QByteArray out(qsizetype(deflateBound(&m_stream, uLong(data.size()))), Qt::Uninitialized);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_stream.avail_in = uInt(data.size());
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data());
        m_stream.avail_out = uInt(out.size());
        const int rc = ::deflate(&m_stream, Z_FINISH);
        out.resize(qsizetype(m_stream.total_out));
        return rc == Z_STREAM_END ? out : QByteArray();
    }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

QByteArray RawZipBuilder::rawDeflate(const QByteArray &data, int level)
{
    return Deflater(level).deflate(data);
}

QByteArray RawZipBuilder::build()
{
    QByteArray out;
    QByteArray central;
    m_dataOffsets.clear();
    Deflater deflater(6);
    for (const Entry &e : std::as_const(m_entries)) {
        const QByteArray payload = e.method == Method::Deflated ? deflater.deflate(e.data) : e.data;
        const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        const quint16 method = e.methodIdOverride >= 0        ? quint16(e.methodIdOverride)
                               : e.method == Method::Deflated ? 8
                                                              : 0;
        const quint32 localOffset = quint32(out.size());

        put32(out, 0x04034b50);
        put16(out, quint16((e.neededSystem << 8) | 20));
        put16(out, e.flags);
        put16(out, method);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, crc);
        put32(out, quint32(payload.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        m_dataOffsets.append(out.size());
        out.append(payload);

        const QByteArray cdName = e.centralName.isNull() ? e.name : e.centralName;
        put32(central, 0x02014b50);
        put16(central, quint16((e.madeBySystem << 8) | 20));
        put16(central, 20);
        put16(central, e.flags);
        put16(central, method);
        put16(central, kDosTime);
        put16(central, kDosDate);
        put32(central, crc);
        put32(central, quint32(payload.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint16(cdName.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, e.externalAttributes);
        put32(central, localOffset);
        central.append(cdName);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    const quint16 count = quint16(qMin<qsizetype>(m_entries.size(), 0xffff));
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

bool RawZipBuilder::writeTo(const QString &path)
{
    return writeFile(path, build());
}

bool RawZipBuilder::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace oht::test
