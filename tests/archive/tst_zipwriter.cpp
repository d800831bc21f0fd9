#include "oht/archive/zipreader.h"
#include "oht/archive/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <clocale>
#include <ctime>

using oht::archive::ZipReader;
using oht::archive::ZipWriter;

namespace {

/// One central-directory record of a finished zip, read with no library in between.
struct CentralRecord
{
    QByteArray name;
    quint16 madeBy = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint16 dosTime = 0;
    quint16 dosDate = 0;
    quint32 externalAttributes = 0;
};

QList<CentralRecord> centralDirectory(const QByteArray &zip)
{
    QList<CentralRecord> records;
    const qsizetype eocd = zip.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    if (eocd < 0)
        return records;
    const char *p = zip.constData();
    qsizetype at = qFromLittleEndian<quint32>(p + eocd + 16);
    while (at + 46 <= eocd && zip.mid(at, 4) == QByteArrayLiteral("PK\x01\x02")) {
        CentralRecord r;
        r.madeBy = qFromLittleEndian<quint16>(p + at + 4);
        r.flags = qFromLittleEndian<quint16>(p + at + 8);
        r.method = qFromLittleEndian<quint16>(p + at + 10);
        r.dosTime = qFromLittleEndian<quint16>(p + at + 12);
        r.dosDate = qFromLittleEndian<quint16>(p + at + 14);
        const quint16 nameLength = qFromLittleEndian<quint16>(p + at + 28);
        const quint16 extraLength = qFromLittleEndian<quint16>(p + at + 30);
        const quint16 commentLength = qFromLittleEndian<quint16>(p + at + 32);
        r.externalAttributes = qFromLittleEndian<quint32>(p + at + 38);
        r.name = zip.mid(at + 46, nameLength);
        records.append(r);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class MapSink : public oht::archive::EntrySink
{
public:
    QMap<QString, QByteArray> files;
    QString current;
    oht::Result<void> beginEntry(const QString &name) override
    {
        current = name;
        files[name];
        return {};
    }
    oht::Result<void> data(const char *bytes, qsizetype size) override
    {
        files[current].append(bytes, size);
        return {};
    }
    oht::Result<void> endEntry() override { return {}; }
};

const QString kCafe = QString::fromUtf8("media/caf\xC3\xA9.png");

} // namespace

class TestZipWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The same sequence of calls every time: text, media, a streamed file, a
    /// non-ASCII name, an empty file.
    bool writeSample(const QString &out)
    {
        ZipWriter writer(out);
        QByteArray lesson;
        for (int i = 0; i < 200; ++i)
            lesson += "Paragraph " + QByteArray::number(i) + " about interoperability.\n";
        return writer.open() && writer.addFile(QStringLiteral("pack.json"), "{\"id\":\"x\"}") &&
               writer.addFile(QStringLiteral("lessons/intro.md"), lesson) &&
               writer.addFile(kCafe, QByteArray(500, 'p')) &&
               writer.addFileFromDisk(QStringLiteral("media/video.mp4"), path("video.mp4")) &&
               writer.addFile(QStringLiteral("empty.txt"), QByteArray()) && writer.close();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile video(path("video.mp4"));
        QVERIFY(video.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            chunk[i] = char((i * 7919) >> 3);
        for (int i = 0; i < 3; ++i) // 3 MiB: streamed in several chunks
            QVERIFY(video.write(chunk) == chunk.size());
    }

    void roundTrip()
    {
        const QString out = path("round.zip");
        QVERIFY(writeSample(out));
        ZipReader reader(out);
        const auto entries = reader.scan();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 5);
        MapSink sink;
        QVERIFY(reader.extract(sink));
        QCOMPARE(sink.files.keys(), QStringList({"empty.txt", "lessons/intro.md", kCafe,
                                                 "media/video.mp4", "pack.json"}));
        QCOMPARE(sink.files.value("pack.json"), QByteArray("{\"id\":\"x\"}"));
        QCOMPARE(sink.files.value(kCafe), QByteArray(500, 'p'));
        QCOMPARE(sink.files.value("media/video.mp4"), readAll(path("video.mp4")));
        QCOMPARE(sink.files.value("empty.txt"), QByteArray());
    }

    // Same calls, different file, later, in another time zone, with the source file
    // touched and under another locale: the bytes must not change.
    void byteIdentical()
    {
        const QByteArray oldTz = qgetenv("TZ");
        const QByteArray oldLocale = std::setlocale(LC_CTYPE, nullptr);

        qputenv("TZ", "UTC");
        tzset();
        QVERIFY(writeSample(path("first.zip")));

        QTest::qSleep(2100); // DOS times have a 2-second resolution
        QFile video(path("video.mp4"));
        QVERIFY(video.open(QIODevice::ReadWrite));
        QVERIFY(
            video.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime));
        video.close();
        qputenv("TZ", "Asia/Tokyo");
        tzset();
        std::setlocale(LC_CTYPE, "C");
        QVERIFY(writeSample(path("second.zip")));

        std::setlocale(LC_CTYPE, oldLocale.constData());
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();

        const QByteArray first = readAll(path("first.zip"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(readAll(path("second.zip")), first);
    }

    void fixedMetadata()
    {
        QVERIFY(writeSample(path("meta.zip")));
        const auto records = centralDirectory(readAll(path("meta.zip")));
        QCOMPARE(records.size(), 5);
        for (const CentralRecord &r : records) {
            QCOMPARE(r.dosDate, quint16((0 << 9) | (1 << 5) | 1)); // 1980-01-01
            QCOMPARE(r.dosTime, quint16(0));
            QCOMPARE(r.externalAttributes >> 16, 0100644u); // regular file, rw-r--r--
            QCOMPARE(r.madeBy >> 8, 3);                     // Unix, so the mode is read
            QCOMPARE(r.flags & 0x0001, 0);                  // not encrypted
        }
        // The non-ASCII name is flagged as UTF-8, whatever the locale.
        QCOMPARE(records.at(2).name, kCafe.toUtf8());
        QVERIFY(records.at(2).flags & 0x0800);
    }

    void storeOrDeflate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("stored");
        QTest::newRow("markdown") << "lessons/a.md" << false;
        QTest::newRow("html") << "lessons/a.html" << false;
        QTest::newRow("json") << "quizzes/q.json" << false;
        QTest::newRow("svg") << "media/a.svg" << false;
        QTest::newRow("no extension") << "LICENSE" << false;
        QTest::newRow("dot in folder") << "v1.png/readme" << false;
        QTest::newRow("png") << "media/a.png" << true;
        QTest::newRow("upper-case JPG") << "media/A.JPG" << true;
        QTest::newRow("jpeg") << "media/a.jpeg" << true;
        QTest::newRow("gif") << "media/a.gif" << true;
        QTest::newRow("webp") << "media/a.webp" << true;
        QTest::newRow("mp3") << "media/a.mp3" << true;
        QTest::newRow("mp4") << "media/a.mp4" << true;
        QTest::newRow("webm") << "media/a.webm" << true;
        QTest::newRow("ogg") << "media/a.ogg" << true;
        QTest::newRow("zip") << "media/a.zip" << true;
        QTest::newRow("woff2") << "fonts/a.woff2" << true;
        QTest::newRow("pdf") << "media/a.pdf" << true;
    }

    void storeOrDeflate()
    {
        QFETCH(QString, name);
        QFETCH(bool, stored);
        QCOMPARE(ZipWriter::isStoredUncompressed(name), stored);

        const QString out = path("method.zip");
        ZipWriter writer(out);
        QVERIFY(writer.open());
        QVERIFY(writer.addFile(name, QByteArray(4000, 'a')));
        QVERIFY(writer.close());
        const auto records = centralDirectory(readAll(out));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().method, stored ? quint16(0) : quint16(8));
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("code");
        QTest::newRow("traversal") << "../evil.md"
                                   << ""
                                   << "archive.unsafe-path";
        QTest::newRow("absolute") << "/etc/x"
                                  << ""
                                  << "archive.unsafe-path";
        QTest::newRow("folder name") << "lessons/"
                                     << ""
                                     << "archive.unsafe-path";
        QTest::newRow("duplicate") << "a.md"
                                   << "a.md"
                                   << "archive.duplicate";
        QTest::newRow("case") << "a.md"
                              << "A.md"
                              << "archive.name-collision";
    }

    // A refused entry fails the whole archive: no temporary file, no output file.
    void refusesBadNames()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, code);
        const QString out = path("bad.zip");
        ZipWriter writer(out);
        QVERIFY(writer.open());
        auto result = writer.addFile(first, "x");
        if (!second.isEmpty()) {
            QVERIFY(result);
            result = writer.addFile(second, "y");
        }
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY(!QFile::exists(out + ".tmp"));
        QVERIFY(!writer.addFile(QStringLiteral("later.md"), "z"));
        QVERIFY(!writer.close());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + ".tmp"));
    }

    void noTmpLeftWithoutClose()
    {
        const QString out = path("abandoned.zip");
        {
            ZipWriter writer(out);
            QVERIFY(writer.open());
            QVERIFY(writer.addFile(QStringLiteral("a.md"), "x"));
            QVERIFY(QFile::exists(out + ".tmp"));
        }
        QVERIFY(!QFile::exists(out + ".tmp"));
        QVERIFY(!QFile::exists(out));
    }

    void missingSourceFails()
    {
        const QString out = path("missing.zip");
        ZipWriter writer(out);
        QVERIFY(writer.open());
        const auto result = writer.addFileFromDisk(QStringLiteral("a.png"), path("nope.png"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("archive.unreadable"));
        QCOMPARE(result.error().kind, oht::ErrorKind::Io);
        QVERIFY(!QFile::exists(out + ".tmp"));
    }

    void unwritableTargetFails()
    {
        ZipWriter writer(path("no-such-folder/out.zip"));
        const auto result = writer.open();
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("archive.write-failed"));
        QCOMPARE(result.error().kind, oht::ErrorKind::Io);
    }

    // A failed rebuild must not clobber the pack that is already there.
    void failedBuildKeepsExistingFile()
    {
        const QString out = path("existing.zip");
        QVERIFY(writeSample(out));
        const QByteArray before = readAll(out);
        {
            ZipWriter writer(out);
            QVERIFY(writer.open());
            QVERIFY(!writer.addFile(QStringLiteral("../x"), "x"));
        }
        QCOMPARE(readAll(out), before);
    }

    void closeReplacesExistingFile()
    {
        const QString out = path("replace.zip");
        QVERIFY(writeSample(out));
        ZipWriter writer(out);
        QVERIFY(writer.open());
        QVERIFY(writer.addFile(QStringLiteral("only.md"), "one"));
        QVERIFY(writer.close());
        const auto entries = ZipReader(out).scan();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY(!QFile::exists(out + ".tmp"));
    }

    void misuseIsRefused()
    {
        ZipWriter writer(path("misuse.zip"));
        QVERIFY(!writer.addFile(QStringLiteral("a.md"), "x")); // not open
        QVERIFY(writer.open());
        QVERIFY(!writer.open());
    }
};

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
