#include "oht/progressui/certificatewriter.h"

#include "oht/core/appinfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace oht::progressui {

namespace {

/// Draws one centred line and returns the y below it.
qreal line(QPainter &p, qreal y, qreal width, const QString &text, qreal pointSize, bool bold,
           const QColor &colour = Qt::black)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    p.setFont(font);
    p.setPen(colour);
    const QRectF box(0, y, width, p.fontMetrics().height() * 4);
    const QRectF used =
        p.boundingRect(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    p.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    return y + used.height();
}

} // namespace

void CertificateWriter::paint(QPainter &p, const QRectF &page, const progress::CertificateData &d)
{
    const qreal w = page.width();
    const qreal h = page.height();
    // Sizes are in points of a 842 x 595 page, scaled to the device.
    const qreal unit = w / 842.0;
    p.save();
    p.translate(page.topLeft());
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent(0x1f, 0x5f, 0x8b);
    p.setPen(QPen(accent, 3 * unit));
    p.drawRect(QRectF(20 * unit, 20 * unit, w - 40 * unit, h - 40 * unit));
    p.setPen(QPen(accent, 1 * unit));
    p.drawRect(QRectF(28 * unit, 28 * unit, w - 56 * unit, h - 56 * unit));

    // Font point sizes are physical on any device (the font uses its resolution), so
    // only the geometry needs `unit`.
    qreal y = 70 * unit;
    y = line(p, y, w, tr("Certificate of completion"), 30, true, accent);
    y += 30 * unit;
    y = line(p, y, w, tr("This certifies that"), 14, false);
    y += 10 * unit;
    y = line(p, y, w, d.learnerName, 26, true);
    y += 10 * unit;
    y = line(p, y, w, tr("has completed the course"), 14, false);
    y += 10 * unit;
    y = line(p, y, w, d.courseTitle, 20, true);
    y = line(p, y, w, tr("Version %1").arg(d.version), 12, false);
    y += 20 * unit;
    const QLocale locale;
    y = line(p, y, w,
             tr("Completed on %1").arg(locale.toString(d.completionDate, QLocale::LongFormat)), 13,
             false);
    if (!d.scoreText.isEmpty())
        y = line(p, y + 6 * unit, w, tr("Quiz score: %1").arg(d.scoreText), 13, false);

    const qreal bottom = h - 110 * unit;
    y = qMax(y + 20 * unit, bottom);
    y = line(p, y, w, tr("Verification code: %1").arg(d.verificationCode), 13, true, accent);
    line(p, y + 4 * unit, w,
         tr("Issued by HealthTech Toolkit %1. The code can be recomputed from the learner's "
            "exported learning record.")
             .arg(appVersionString()),
         9, false, QColor(0x44, 0x44, 0x44));
    p.restore();
}

Result<void> CertificateWriter::writePdf(const progress::CertificateData &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(QStringLiteral("progressui.certificate-write"),
                         tr("Could not save the certificate as “%1”: %2")
                             .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(300);
        writer.setTitle(tr("Certificate of completion: %1").arg(data.courseTitle));
        writer.setCreator(QStringLiteral("HealthTech Toolkit %1").arg(appVersionString()));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error::io(QStringLiteral("progressui.certificate-write"),
                             tr("Could not create the certificate PDF."));
        }
        paint(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), data);
        painter.end();
    }
    if (!file.commit()) {
        return Error::io(QStringLiteral("progressui.certificate-write"),
                         tr("Could not save the certificate as “%1”: %2")
                             .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return {};
}

} // namespace oht::progressui
