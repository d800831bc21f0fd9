#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace oht::test {

/// A deliberately naive zip writer for tests: it writes whatever it is told (raw name
/// bytes, flags, attributes, lying headers) so tests can build hostile archives in code
/// instead of keeping binary fixtures. Never use it outside tests.
class RawZipBuilder
{
public:
    enum class Method { Stored, Deflated };

    static constexpr quint16 kEncryptedFlag = 0x0001;
    static constexpr quint16 kUtf8Flag = 0x0800;
    static constexpr quint32 kRegularFile = 0100644u << 16;
    static constexpr quint32 kDirectory = (040755u << 16) | 0x10;
    static constexpr quint32 kSymlink = 0120777u << 16;
    static constexpr quint32 kCharDevice = 0020644u << 16;

    struct Entry
    {
        QByteArray name; ///< raw bytes, written as they are
        QByteArray data; ///< uncompressed contents
        Method method = Method::Deflated;
        /// Written as the method id instead of 0/8 (the data is still stored or deflated).
        int methodIdOverride = -1;
        quint16 flags = 0;
        quint32 externalAttributes = kRegularFile;
        /// High byte of "version made by" (central directory): 0 MS-DOS, 3 Unix.
        quint8 madeBySystem = 3;
        /// High byte of "version needed" (local header). libarchive 3.6.2 reads it as the
        /// creating system and rewrites '\' to '/' when it is 0 (MS-DOS).
        quint8 neededSystem = 0;
        /// The central directory's name when it should differ from the local header's.
        QByteArray centralName;
    };

    Entry &add(const QByteArray &name, const QByteArray &data, Method method = Method::Deflated);
    Entry &addDirectory(const QByteArray &name);
    Entry &entry(qsizetype index) { return m_entries[index]; }
    qsizetype count() const { return m_entries.size(); }

    /// The archive's bytes. The entry count in the end record is capped at 0xffff (no
    /// zip64 record): libarchive reads the central directory up to the end record anyway.
    QByteArray build();
    /// Offset of entry `index`'s (compressed) data in the last build().
    qsizetype dataOffset(qsizetype index) const { return m_dataOffsets.value(index, -1); }

    bool writeTo(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &bytes);

    /// Raw deflate (no zlib header), as zip stores it.
    static QByteArray rawDeflate(const QByteArray &data, int level = 6);

private:
    QList<Entry> m_entries;
    QList<qsizetype> m_dataOffsets;
};

} // namespace oht::test
