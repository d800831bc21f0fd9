// oht-iconrender (packaging/tools): PNGs at the asked sizes, and the Windows .ico and
// macOS .icns containers it writes for the platforms that cannot be built here, read
// back entry by entry with each image decoded.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

class tst_IconRender : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_out;

    int render(const QStringList &extra)
    {
        QProcess process;
        process.start(QStringLiteral(OHT_ICONRENDER),
                      QStringList{QStringLiteral(OHT_ICON_SVG), m_out.path()} + extra);
        if (!process.waitForFinished(60000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    QByteArray read(const QString &name)
    {
        QFile file(m_out.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_out.isValid()); }

    void pngSizes()
    {
        QCOMPARE(render({QStringLiteral("--png"), QStringLiteral("16,48,256")}), 0);
        for (int size : {16, 48, 256}) {
            const QImage image(m_out.filePath(QStringLiteral("%1x%1.png").arg(size)));
            QCOMPARE(image.size(), QSize(size, size));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // transparent corner of the tile
        }
    }

    void icoHoldsEverySizeAsPng()
    {
        QCOMPARE(render({QStringLiteral("--ico"), m_out.filePath(QStringLiteral("a.ico"))}), 0);
        const QByteArray ico = read(QStringLiteral("a.ico"));
        QVERIFY(ico.size() > 6);
        const auto u16 = [&](int at) { return qFromLittleEndian<quint16>(ico.constData() + at); };
        const auto u32 = [&](int at) { return qFromLittleEndian<quint32>(ico.constData() + at); };
        QCOMPARE(u16(0), quint16(0));
        QCOMPARE(u16(2), quint16(1)); // icon
        const int count = u16(4);
        QVERIFY(count >= 4);
        QList<int> sizes;
        for (int i = 0; i < count; ++i) {
            const int entry = 6 + 16 * i;
            const int width = quint8(ico.at(entry)) == 0 ? 256 : quint8(ico.at(entry));
            const quint32 length = u32(entry + 8);
            const quint32 offset = u32(entry + 12);
            QVERIFY(offset + length <= quint32(ico.size()));
            const QImage image = QImage::fromData(ico.mid(offset, length), "PNG");
            QCOMPARE(image.size(), QSize(width, width));
            sizes.append(width);
        }
        for (int wanted : {16, 32, 48, 256})
            QVERIFY2(sizes.contains(wanted), qPrintable(QString::number(wanted)));
    }

    void icnsHoldsPngEntries()
    {
        QCOMPARE(render({QStringLiteral("--icns"), m_out.filePath(QStringLiteral("a.icns"))}), 0);
        const QByteArray icns = read(QStringLiteral("a.icns"));
        QVERIFY(icns.startsWith("icns"));
        QCOMPARE(qFromBigEndian<quint32>(icns.constData() + 4), quint32(icns.size()));
        const QHash<QByteArray, int> expected = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},
                                                 {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
                                                 {"ic10", 1024}};
        QSet<QByteArray> seen;
        int at = 8;
        while (at < icns.size()) {
            QVERIFY(at + 8 <= icns.size());
            const QByteArray type = icns.mid(at, 4);
            const quint32 length = qFromBigEndian<quint32>(icns.constData() + at + 4);
            QVERIFY(length > 8 && at + length <= quint32(icns.size()));
            QVERIFY2(expected.contains(type), type.constData());
            const QImage image = QImage::fromData(icns.mid(at + 8, length - 8), "PNG");
            QCOMPARE(image.size(), QSize(expected.value(type), expected.value(type)));
            seen.insert(type);
            at += int(length);
        }
        QCOMPARE(seen.size(), expected.size());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no arguments") << QStringList{};
        QTest::newRow("missing svg") << QStringList{"/no/such.svg", "out"};
        QTest::newRow("size too small") << QStringList{OHT_ICON_SVG, "out", "--png", "4"};
        QTest::newRow("size not a number") << QStringList{OHT_ICON_SVG, "out", "--png", "big"};
        QTest::newRow("unknown option") << QStringList{OHT_ICON_SVG, "out", "--gif", "x.gif"};
        QTest::newRow("option without value") << QStringList{OHT_ICON_SVG, "out", "--ico"};
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, args);
        QProcess process;
        process.setWorkingDirectory(m_out.path());
        process.start(QStringLiteral(OHT_ICONRENDER), args);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("oht-iconrender: "));
    }
};

QTEST_MAIN(tst_IconRender)
#include "tst_iconrender.moc"
