#include "hostilearchives.h"
#include "oht/archive/zipreader.h"
#include "rawzipbuilder.h"

#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>
#include <langinfo.h>

using namespace oht::archive;
namespace archives = oht::test::archives;

Q_DECLARE_METATYPE(oht::archive::Limits)

namespace {

/// Collects what extract() produces, and can fail on purpose like a cancelled import.
class CollectingSink : public EntrySink
{
public:
    QStringList order;
    QMap<QString, QByteArray> files;
    int cancelAtEntry = -1; ///< beginEntry of this entry (0-based) returns cancelled
    int failDataAfter = -1; ///< data() fails once this many bytes arrived

    oht::Result<void> beginEntry(const QString &name) override
    {
        if (order.size() == cancelAtEntry)
            return oht::Error::cancelled();
        order.append(name);
        return {};
    }
    oht::Result<void> data(const char *bytes, qsizetype size) override
    {
        files[order.last()].append(bytes, size);
        if (failDataAfter >= 0 && files[order.last()].size() > failDataAfter)
            return oht::Error::io(QStringLiteral("test.disk-full"), QStringLiteral("disk full"));
        return {};
    }
    oht::Result<void> endEntry() override { return {}; }
};

Limits limitsWith(qint64 maxEntryBytes, qint64 maxTotalBytes)
{
    Limits limits;
    limits.maxEntryBytes = maxEntryBytes;
    limits.maxTotalBytes = maxTotalBytes;
    limits.maxRatio = 1e9; // these rows test the byte limits, not the ratio
    return limits;
}

} // namespace

class TestZipReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /// Each archive is read both from memory and from a file: the two must agree.
    QList<ZipReader> readersFor(const QByteArray &zip, const Limits &limits)
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.zip").arg(++m_files));
        if (!oht::test::RawZipBuilder::writeFile(path, zip))
            qFatal("cannot write %s", qPrintable(path));
        return {ZipReader(path, limits), ZipReader::fromMemory(zip, limits)};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // One row per rule of docs/pack-format.md "What the importer refuses". `stage` says
    // where the refusal must come from: "scan" for header rules (extract() refuses too,
    // before the sink sees anything), "extract" for rules on decompressed bytes.
    void rules_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<Limits>("limits");
        QTest::addColumn<QString>("code");  // empty: the archive is fine
        QTest::addColumn<QString>("stage"); // "scan" or "extract"
        QTest::addColumn<QString>("named"); // the message must contain this

        const Limits defaults;
        const QString scan = QStringLiteral("scan");
        const QString extract = QStringLiteral("extract");
        using B = oht::test::RawZipBuilder;

        QTest::newRow("good") << archives::good() << defaults << ""
                              << ""
                              << "";
        QTest::newRow("directory entries") << archives::withDirectories() << defaults << ""
                                           << ""
                                           << "";
        QTest::newRow("dotdot") << archives::singleFile("../evil.txt") << defaults
                                << "archive.path-traversal" << scan << "../evil.txt";
        QTest::newRow("inner dotdot") << archives::singleFile("a/../../evil.txt") << defaults
                                      << "archive.path-traversal" << scan << "a/../../evil.txt";
        QTest::newRow("absolute") << archives::singleFile("/etc/passwd") << defaults
                                  << "archive.absolute-path" << scan << "/etc/passwd";
        QTest::newRow("backslash") << archives::singleFile("lessons/a\\b.md") << defaults
                                   << "archive.backslash" << scan << "lessons/a\\b.md";
        // A header that claims Unix origin keeps a lone backslash.
        QTest::newRow("backslash, unix") << archives::singleFile("evil\\x.md", 0, 3) << defaults
                                         << "archive.backslash" << scan << "evil\\x.md";
        // libarchive 3.6.2 rewrites '\' to '/' in a name without '/' from an MS-DOS
        // header; the rewritten name is what we check, so the traversal is still caught.
        QTest::newRow("backslash, dos, traversal")
            << archives::singleFile("a\\..\\..\\evil.txt") << defaults << "archive.path-traversal"
            << scan << "a/../../evil.txt";
        QTest::newRow("drive letter") << archives::singleFile("C:/windows/evil.dll") << defaults
                                      << "archive.drive-letter" << scan << "C:/windows/evil.dll";
        QTest::newRow("colon") << archives::singleFile("a/b:c.md") << defaults
                               << "archive.unsafe-path" << scan << "a/b:c.md";
        QTest::newRow("dot segment") << archives::singleFile("./a.md") << defaults
                                     << "archive.unsafe-path" << scan << "./a.md";
        QTest::newRow("control char") << archives::singleFile("a\x01"
                                                              "b.md")
                                      << defaults << "archive.control-char" << scan << "a\\x01b.md";
        QTest::newRow("newline") << archives::singleFile("a\nb.md") << defaults
                                 << "archive.control-char" << scan << "a\\x0ab.md";
        QTest::newRow("invalid utf-8") << archives::singleFile("\xE9t\xE9.md") << defaults
                                       << "archive.bad-name-encoding" << scan << "#1";
        QTest::newRow("invalid utf-8, utf-8 flag")
            << archives::singleFile("\xE9t\xE9.md", B::kUtf8Flag) << defaults
            << "archive.bad-name-encoding" << scan << "#1";
        QTest::newRow("overlong utf-8") << archives::singleFile("\xC0\xAE\xC0\xAE/x.md") << defaults
                                        << "archive.bad-name-encoding" << scan << "#1";
        QTest::newRow("symlink") << archives::withAttributes("link.md", B::kSymlink) << defaults
                                 << "archive.not-regular" << scan << "link.md";
        QTest::newRow("device") << archives::withAttributes("dev.md", B::kCharDevice) << defaults
                                << "archive.not-regular" << scan << "dev.md";
        QTest::newRow("socket") << archives::withAttributes("sock.md", 0140644u << 16) << defaults
                                << "archive.not-regular" << scan << "sock.md";
        // Hard links: the zip format has no way to express one (libarchive's zip reader
        // never sets archive_entry_hardlink and its writer cannot write one), so no
        // archive can carry one; EntryChecker still refuses it if libarchive ever did.
        QTest::newRow("encrypted")
            << archives::encrypted() << defaults << "archive.encrypted" << scan << "secret.md";
        QTest::newRow("bzip2 method") << archives::unsupportedMethod() << defaults
                                      << "archive.unsupported-compression" << scan << "lesson.md";
        QTest::newRow("duplicate") << archives::twoFiles("a.md", "a.md") << defaults
                                   << "archive.duplicate" << scan << "a.md";
        QTest::newRow("nfc/nfd") << archives::twoFiles("caf\xC3\xA9.md", "cafe\xCC\x81.md")
                                 << defaults << "archive.name-collision" << scan
                                 << QString::fromUtf8("caf\xC3\xA9.md");
        // With the UTF-8 flag libarchive itself normalises names to NFC, so the two
        // arrive identical: still refused, as a duplicate.
        QTest::newRow("nfc/nfd, utf-8 flag")
            << archives::twoFiles("caf\xC3\xA9.md", "cafe\xCC\x81.md", B::kUtf8Flag) << defaults
            << "archive.duplicate" << scan << QString::fromUtf8("caf\xC3\xA9.md");
        QTest::newRow("case") << archives::twoFiles("Lessons/A.md", "lessons/a.md") << defaults
                              << "archive.name-collision" << scan << "lessons/a.md";
        QTest::newRow("file and folder") << archives::twoFiles("a.md", "A.md/b.png") << defaults
                                         << "archive.name-collision" << scan << "A.md/b.png";
        QTest::newRow("local name differs from central")
            << archives::centralNameDiffers() << defaults << "archive.path-traversal" << scan
            << "../evil.htm";
        QTest::newRow("100k entries") << archives::manyEntries(100'000) << defaults
                                      << "archive.too-many-entries" << scan << "50000.txt";
        QTest::newRow("bomb by ratio") << archives::zeros(50LL * 1024 * 1024) << defaults
                                       << "archive.ratio" << extract << "zeros.bin";
        QTest::newRow("bomb by total")
            << archives::threeEntriesOf(512 * 1024) << limitsWith(1024 * 1024, 1024 * 1024)
            << "archive.total-too-large" << extract << "c.bin";
        QTest::newRow("entry too large") << archives::zeros(2000) << limitsWith(1000, 1 << 30)
                                         << "archive.entry-too-large" << extract << "zeros.bin";
        QTest::newRow("entry at its limit") << archives::zeros(1000) << limitsWith(1000, 1000) << ""
                                            << ""
                                            << "";
        const QByteArray whole = archives::good();
        QTest::newRow("truncated half")
            << whole.left(whole.size() / 2) << defaults << "archive.truncated" << scan << "";
        QTest::newRow("truncated end record")
            << whole.chopped(10) << defaults << "archive.truncated" << scan << "";
        QTest::newRow("data cut short")
            << archives::dataCutShort() << defaults << "archive.truncated" << extract << "big.bin";
        QTest::newRow("random bytes")
            << archives::randomBytes(4096) << defaults << "archive.not-zip" << scan << "";
        QTest::newRow("empty file") << QByteArray() << defaults << "archive.not-zip" << scan << "";
        QTest::newRow("text file") << QByteArray("# A lesson\n\nNot a zip at all.\n") << defaults
                                   << "archive.not-zip" << scan << "";
        QTest::newRow("corrupt deflate") << archives::corruptDeflate() << defaults
                                         << "archive.corrupt" << extract << "lesson.md";
        QTest::newRow("corrupt stored (crc)")
            << archives::corruptStored() << defaults << "archive.corrupt" << extract << "lesson.md";
    }

    void rules()
    {
        QFETCH(QByteArray, zip);
        QFETCH(Limits, limits);
        QFETCH(QString, code);
        QFETCH(QString, stage);
        QFETCH(QString, named);

        for (ZipReader &reader : readersFor(zip, limits)) {
            const auto scanned = reader.scan();
            if (stage == QLatin1String("scan")) {
                QVERIFY(!scanned);
                QCOMPARE(scanned.error().code, code);
                QVERIFY2(scanned.error().message.contains(named),
                         qPrintable(scanned.error().message));
                QCOMPARE(scanned.error().kind, oht::ErrorKind::InvalidInput);
            } else {
                QVERIFY2(scanned, qPrintable(scanned ? QString() : scanned.error().message));
            }

            CollectingSink sink;
            const auto extracted = reader.extract(sink);
            if (code.isEmpty()) {
                QVERIFY2(extracted, qPrintable(extracted ? QString() : extracted.error().message));
                QCOMPARE(sink.order.size(), scanned->size());
                continue;
            }
            QVERIFY(!extracted);
            QCOMPARE(extracted.error().code, code);
            QVERIFY2(extracted.error().message.contains(named),
                     qPrintable(extracted.error().message));
            if (stage == QLatin1String("scan"))
                QVERIFY(sink.order.isEmpty()); // refused before any data was handed over
        }
    }

    void scanListsFilesInOrder()
    {
        for (ZipReader &reader : readersFor(archives::withDirectories(), {})) {
            const auto entries = reader.scan();
            QVERIFY(entries);
            QCOMPARE(entries->size(), 2);
            QCOMPARE(entries->at(0).name, QStringLiteral("lessons/intro.md"));
            QCOMPARE(entries->at(0).declaredSize, 8);
            QCOMPARE(entries->at(1).name, QStringLiteral("media/img/a.png"));
        }
    }

    void extractDeliversContents()
    {
        for (ZipReader &reader : readersFor(archives::good(), {})) {
            CollectingSink sink;
            QVERIFY(reader.extract(sink));
            const QString cafe = QString::fromUtf8("media/caf\xC3\xA9.png");
            QCOMPARE(sink.order, QStringList({"pack.json", "lessons/intro.md", cafe}));
            QCOMPARE(sink.files.value("lessons/intro.md"), QByteArray("# Intro\n\nHello.\n"));
            QCOMPARE(sink.files.value(cafe), QByteArray(300, 'x'));
        }
    }

    void bigEntryArrivesInChunks()
    {
        QByteArray text;
        for (int i = 0; text.size() < 1024 * 1024; ++i)
            text += "Paragraph " + QByteArray::number(i) + " of a long lesson.\n";
        oht::test::RawZipBuilder zip;
        zip.add("long.md", text);
        for (ZipReader &reader : readersFor(zip.build(), {})) {
            struct CountingSink : CollectingSink
            {
                int calls = 0;
                oht::Result<void> data(const char *bytes, qsizetype size) override
                {
                    ++calls;
                    return CollectingSink::data(bytes, size);
                }
            } sink;
            QVERIFY(reader.extract(sink));
            QCOMPARE(sink.files.value("long.md"), text);
            QVERIFY(sink.calls > 1);
        }
    }

    void sinkErrorsPropagate_data()
    {
        QTest::addColumn<int>("cancelAtEntry");
        QTest::addColumn<int>("failDataAfter");
        QTest::addColumn<QString>("code");
        QTest::newRow("cancel first") << 0 << -1 << "cancelled";
        QTest::newRow("cancel second") << 1 << -1 << "cancelled";
        QTest::newRow("disk full") << -1 << 10 << "test.disk-full";
    }

    void sinkErrorsPropagate()
    {
        QFETCH(int, cancelAtEntry);
        QFETCH(int, failDataAfter);
        QFETCH(QString, code);
        for (ZipReader &reader : readersFor(archives::good(), {})) {
            CollectingSink sink;
            sink.cancelAtEntry = cancelAtEntry;
            sink.failDataAfter = failDataAfter;
            const auto result = reader.extract(sink);
            QVERIFY(!result);
            QCOMPARE(result.error().code, code);
            if (code == QLatin1String("cancelled"))
                QCOMPARE(result.error().kind, oht::ErrorKind::Cancelled);
        }
    }

    void readEntry_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("found") << "lessons/intro.md" << qint64(1000) << "";
        QTest::newRow("exactly max") << "lessons/intro.md" << qint64(16) << "";
        QTest::newRow("too large") << "lessons/intro.md" << qint64(15) << "archive.entry-too-large";
        QTest::newRow("not found")
            << "lessons/missing.md" << qint64(1000) << "archive.entry-not-found";
        QTest::newRow("folder is not an entry")
            << "lessons" << qint64(1000) << "archive.entry-not-found";
    }

    void readEntry()
    {
        QFETCH(QString, name);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, code);
        for (ZipReader &reader : readersFor(archives::good(), {})) {
            const auto contents = reader.readEntry(name, maxBytes);
            if (code.isEmpty()) {
                QVERIFY(contents);
                QCOMPARE(*contents, QByteArray("# Intro\n\nHello.\n"));
                continue;
            }
            QVERIFY(!contents);
            QCOMPARE(contents.error().code, code);
            QVERIFY2(contents.error().message.contains(name), qPrintable(contents.error().message));
        }
    }

    void readEntryChecksTheWholeArchive()
    {
        // pack.json itself is fine, but a later entry is not: nothing may be read.
        oht::test::RawZipBuilder zip;
        zip.add("pack.json", "{}");
        zip.add("../evil.md", "x");
        for (ZipReader &reader : readersFor(zip.build(), {})) {
            const auto contents = reader.readEntry(QStringLiteral("pack.json"), 1000);
            QVERIFY(!contents);
            QCOMPARE(contents.error().code, QStringLiteral("archive.path-traversal"));
        }
    }

    void scanReadingReadsOneEntryOnTheWay_data() { readEntry_data(); }

    void scanReadingReadsOneEntryOnTheWay()
    {
        QFETCH(QString, name);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, code);
        for (ZipReader &reader : readersFor(archives::good(), {})) {
            std::optional<QByteArray> contents;
            const auto entries = reader.scanReading(name, maxBytes, &contents);
            if (code == QLatin1String("archive.entry-too-large")) {
                QVERIFY(!entries);
                QCOMPARE(entries.error().code, code);
                continue;
            }
            QVERIFY(entries);
            QCOMPARE(entries->size(), 3); // every entry listed, as scan() does
            if (code.isEmpty())
                QCOMPARE(contents, std::optional<QByteArray>("# Intro\n\nHello.\n"));
            else
                QVERIFY(!contents.has_value()); // absent: the caller says what is missing
            // After a full scan, readEntry() may stop at its entry: still the same bytes.
            if (code.isEmpty())
                QCOMPARE(*reader.readEntry(name, maxBytes), QByteArray("# Intro\n\nHello.\n"));
        }
    }

    void scanReadingChecksTheWholeArchive()
    {
        oht::test::RawZipBuilder zip;
        zip.add("pack.json", "{}");
        zip.add("../evil.md", "x");
        for (ZipReader &reader : readersFor(zip.build(), {})) {
            std::optional<QByteArray> contents;
            const auto entries = reader.scanReading(QStringLiteral("pack.json"), 1000, &contents);
            QVERIFY(!entries);
            QCOMPARE(entries.error().code, QStringLiteral("archive.path-traversal"));
        }
    }

    void missingFileIsAnIoError()
    {
        ZipReader reader(m_dir.filePath(QStringLiteral("does-not-exist.zip")));
        const auto scanned = reader.scan();
        QVERIFY(!scanned);
        QCOMPARE(scanned.error().code, QStringLiteral("archive.unreadable"));
        QCOMPARE(scanned.error().kind, oht::ErrorKind::Io);
    }

    // Non-ASCII names must not depend on the environment's locale: under "C" libarchive
    // alone returns NULL for them. The reader must also leave the locale as it found it.
    void nonAsciiNamesUnderCLocale()
    {
        const QByteArray previous = std::setlocale(LC_CTYPE, nullptr);
        std::setlocale(LC_CTYPE, "C");
        const QByteArray codesetBefore = nl_langinfo(CODESET);

        oht::test::RawZipBuilder zip;
        zip.add("media/caf\xC3\xA9.png", "png").flags = oht::test::RawZipBuilder::kUtf8Flag;
        zip.add("lessons/na\xC3\xAFve.md", "md"); // UTF-8 bytes without the flag
        QList<QString> names;
        for (ZipReader &reader : readersFor(zip.build(), {})) {
            const auto entries = reader.scan();
            QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
            QCOMPARE(entries->size(), 2);
            QCOMPARE(entries->at(0).name, QString::fromUtf8("media/caf\xC3\xA9.png"));
            QCOMPARE(entries->at(1).name, QString::fromUtf8("lessons/na\xC3\xAFve.md"));
            const auto contents = reader.readEntry(QString::fromUtf8("media/caf\xC3\xA9.png"), 10);
            QVERIFY(contents);
            QCOMPARE(*contents, QByteArray("png"));
        }
        QCOMPARE(QByteArray(nl_langinfo(CODESET)), codesetBefore);
        std::setlocale(LC_CTYPE, previous.constData());
    }
};

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
