#pragma once

#include <QByteArray>

/// Archives for the zip reader tests, built in code with RawZipBuilder so every
/// hostile case is visible in the source (no binary fixtures).
namespace oht::test::archives {

QByteArray good();            ///< pack.json, lessons/intro.md, media/café.png (+ folders)
QByteArray withDirectories(); ///< explicit folder entries next to the files
QByteArray singleFile(const QByteArray &rawName, quint16 flags = 0, quint8 neededSystem = 0);
QByteArray withAttributes(const QByteArray &rawName, quint32 externalAttributes);
QByteArray twoFiles(const QByteArray &first, const QByteArray &second, quint16 flags = 0);
QByteArray encrypted();
QByteArray unsupportedMethod();
QByteArray centralNameDiffers(); ///< central directory "lesson.html", local header "../evil.htm"
QByteArray manyEntries(int count);
QByteArray zeros(qint64 bytes);          ///< one entry "zeros.bin", deflated
QByteArray threeEntriesOf(qint64 bytes); ///< a.bin, b.bin, c.bin with incompressible bytes
QByteArray corruptDeflate();             ///< flipped bytes inside deflated data
QByteArray corruptStored();              ///< flipped byte inside stored data: only the CRC notices
/// The end records are intact but 500 bytes of stored data are missing: the entry
/// runs into the central directory and the input ends before it does.
QByteArray dataCutShort();
QByteArray randomBytes(int size);

} // namespace oht::test::archives
