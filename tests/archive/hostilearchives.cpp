#include "hostilearchives.h"

#include "rawzipbuilder.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace oht::test::archives {

using Method = RawZipBuilder::Method;

QByteArray good()
{
    RawZipBuilder zip;
    zip.add("pack.json", R"({"formatVersion": 1})");
    zip.add("lessons/intro.md", "# Intro\n\nHello.\n");
    zip.add("media/caf\xC3\xA9.png", QByteArray(300, 'x'), Method::Stored).flags =
        RawZipBuilder::kUtf8Flag;
    return zip.build();
}

QByteArray withDirectories()
{
    RawZipBuilder zip;
    zip.addDirectory("lessons/");
    zip.add("lessons/intro.md", "# Intro\n");
    zip.addDirectory("media/");
    zip.addDirectory("media/img/");
    zip.add("media/img/a.png", "png");
    return zip.build();
}

QByteArray singleFile(const QByteArray &rawName, quint16 flags, quint8 neededSystem)
{
    RawZipBuilder zip;
    auto &e = zip.add(rawName, "contents");
    e.flags = flags;
    e.neededSystem = neededSystem;
    return zip.build();
}

QByteArray withAttributes(const QByteArray &rawName, quint32 externalAttributes)
{
    RawZipBuilder zip;
    zip.add("ok.md", "fine");
    // A symlink's data is its target.
    zip.add(rawName, "/etc/passwd", Method::Stored).externalAttributes = externalAttributes;
    return zip.build();
}

QByteArray twoFiles(const QByteArray &first, const QByteArray &second, quint16 flags)
{
    RawZipBuilder zip;
    zip.add(first, "one").flags = flags;
    zip.add(second, "two").flags = flags;
    return zip.build();
}

QByteArray encrypted()
{
    RawZipBuilder zip;
    zip.add("ok.md", "fine");
    // Traditional PKWARE encryption: 12 header bytes before the data. Only the flag
    // matters; the reader must refuse before trying to decrypt anything.
    zip.add("secret.md", QByteArray(12, '\x5a') + "data", Method::Stored).flags =
        RawZipBuilder::kEncryptedFlag;
    return zip.build();
}

QByteArray unsupportedMethod()
{
    RawZipBuilder zip;
    // Method 12 is bzip2; the bytes are not, which does not matter: it must be refused
    // before any decoder runs.
    zip.add("lesson.md", "BZh9 not really", Method::Stored).methodIdOverride = 12;
    return zip.build();
}

QByteArray centralNameDiffers()
{
    RawZipBuilder zip;
    zip.add("../evil.htm", "<script>").centralName = "lesson.html";
    return zip.build();
}

QByteArray manyEntries(int count)
{
    RawZipBuilder zip;
    for (int i = 0; i < count; ++i)
        zip.add(QByteArray::number(i) + ".txt", {}, Method::Stored);
    return zip.build();
}

QByteArray zeros(qint64 bytes)
{
    RawZipBuilder zip;
    zip.add("zeros.bin", QByteArray(bytes, '\0'));
    return zip.build();
}

QByteArray threeEntriesOf(qint64 bytes)
{
    RawZipBuilder zip;
    QRandomGenerator random(42);
    for (const char *name : {"a.bin", "b.bin", "c.bin"}) {
        QByteArray data(bytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        zip.add(name, data, Method::Stored);
    }
    return zip.build();
}

QByteArray corruptDeflate()
{
    RawZipBuilder zip;
    zip.add("ok.md", "fine");
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "Line " + QByteArray::number(i) + " of a lesson about health data.\n";
    zip.add("lesson.md", text);
    QByteArray bytes = zip.build();
    const qsizetype at = zip.dataOffset(1) + 40;
    for (qsizetype i = at; i < at + 8; ++i)
        bytes[i] = char(bytes[i] ^ 0x55);
    return bytes;
}

QByteArray corruptStored()
{
    RawZipBuilder zip;
    zip.add("lesson.md", QByteArray(1000, 'a'), Method::Stored);
    QByteArray bytes = zip.build();
    bytes[zip.dataOffset(0) + 500] = 'b';
    return bytes;
}

QByteArray dataCutShort()
{
    RawZipBuilder zip;
    zip.add("big.bin", QByteArray(1000, 'a'), Method::Stored);
    QByteArray bytes = zip.build();
    bytes.remove(zip.dataOffset(0) + 100, 500);
    // Move the end record's central-directory offset along, so only the data is short.
    const qsizetype offsetField = bytes.size() - 22 + 16;
    const quint32 cdOffset = qFromLittleEndian<quint32>(bytes.constData() + offsetField);
    qToLittleEndian<quint32>(cdOffset - 500, bytes.data() + offsetField);
    return bytes;
}

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : data)
        c = char(random.bounded(256));
    return data;
}

} // namespace oht::test::archives
