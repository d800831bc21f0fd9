#pragma once

#include "oht/core/result.h"
#include "oht/progress/certificaterecord.h"

#include <QCoreApplication>
#include <QString>

class QPainter;

namespace oht::progressui {

/// Lays out a certificate of completion on one A4 landscape page and saves it as PDF
/// (Qt's PDF writer). The facts and the verification code come from progress::Certificate;
/// this class only draws them.
class CertificateWriter
{
    Q_DECLARE_TR_FUNCTIONS(oht::progressui::CertificateWriter)

public:
    /// Writes atomically (a failed save leaves any existing file untouched).
    static Result<void> writePdf(const progress::CertificateData &data, const QString &path);
    /// Draws the page on any painter whose device is `pageRect` large (also used for a
    /// preview).
    static void paint(QPainter &painter, const QRectF &pageRect,
                      const progress::CertificateData &data);
};

} // namespace oht::progressui
