// oht-iconrender: renders the app's SVG icon, at build time, into what each platform
// wants: PNGs for the freedesktop hicolor theme, an .ico for Windows (the executable's
// resource and the installer), an .icns for the macOS bundle. Qt only (QSvgRenderer),
// so the same tool works on every platform the app builds on.
//
//   oht-iconrender ICON.svg OUTDIR [--png 16,32,...] [--ico FILE] [--icns FILE]
//
// PNGs are written as OUTDIR/<N>x<N>.png. ICO and ICNS files hold PNG images (Windows
// Vista and later, macOS 10.7 and later read them).
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "oht-iconrender: %s\n", qPrintable(message));
    return 1;
}

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(data) == data.size() && file.flush();
}

template <typename T> void appendLittle(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> void appendBig(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG data (little-endian).
QByteArray makeIco(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(svg, size));
    QByteArray out;
    appendLittle<quint16>(out, 0); // reserved
    appendLittle<quint16>(out, 1); // 1 = icon
    appendLittle<quint16>(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0));            // no palette
        out.append(char(0));            // reserved
        appendLittle<quint16>(out, 1);  // colour planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(images.at(i).size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// "icns", total length, then (type, length including its 8-byte header, PNG) entries
// (big-endian).
QByteArray makeIcns(QSvgRenderer &svg)
{
    const QList<QPair<const char *, int>> types = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},
                                                   {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
                                                   {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray png = renderPng(svg, size);
        body.append(type, 4);
        appendBig<quint32>(body, quint32(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig<quint32>(out, quint32(body.size() + 8));
    out.append(body);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    // A build step: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2)
        return fail(QStringLiteral(
            "usage: oht-iconrender ICON.svg OUTDIR [--png 16,32,...] [--ico FILE] [--icns FILE]"));
    const QString source = args.takeFirst();
    const QString outDir = args.takeFirst();
    QList<int> pngSizes;
    QString ico;
    QString icns;
    while (args.size() >= 2) {
        const QString option = args.takeFirst();
        const QString value = args.takeFirst();
        if (option == QLatin1String("--png")) {
            for (const QString &n : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int size = n.toInt(&ok);
                if (!ok || size < 8 || size > 1024)
                    return fail(QStringLiteral("bad size \"%1\"").arg(n));
                pngSizes.append(size);
            }
        } else if (option == QLatin1String("--ico")) {
            ico = value;
        } else if (option == QLatin1String("--icns")) {
            icns = value;
        } else {
            return fail(QStringLiteral("unknown option \"%1\"").arg(option));
        }
    }
    if (!args.isEmpty())
        return fail(QStringLiteral("option \"%1\" needs a value").arg(args.first()));

    QSvgRenderer svg(source);
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read the SVG \"%1\"").arg(source));
    if (!QDir().mkpath(outDir))
        return fail(QStringLiteral("cannot create \"%1\"").arg(outDir));
    for (int size : pngSizes) {
        const QString path = QDir(outDir).filePath(QStringLiteral("%1x%1.png").arg(size));
        if (!writeFile(path, renderPng(svg, size)))
            return fail(QStringLiteral("cannot write \"%1\"").arg(path));
    }
    // Windows shows 16-48 in lists and 256 in large views; the sizes in between keep
    // high-DPI screens sharp.
    if (!ico.isEmpty() && !writeFile(ico, makeIco(svg, {16, 20, 24, 32, 40, 48, 64, 256})))
        return fail(QStringLiteral("cannot write \"%1\"").arg(ico));
    if (!icns.isEmpty() && !writeFile(icns, makeIcns(svg)))
        return fail(QStringLiteral("cannot write \"%1\"").arg(icns));
    return 0;
}
