#include "oht/progress/certificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <cmath>

namespace oht::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::Certificate", text);
}

constexpr int kCodeLength = 10;

/// RFC 4648 base32 of the first bytes of `data`, `length` characters.
QString base32(const QByteArray &data, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5 && out.size() < length) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        if (out.size() >= length)
            break;
    }
    return out;
}

QString normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        // Digits a reader may type for look-alike letters (0, 1, 8 are not in base32).
        if (c == QLatin1Char('0'))
            c = QLatin1Char('O');
        else if (c == QLatin1Char('1'))
            c = QLatin1Char('I');
        else if (c == QLatin1Char('8'))
            c = QLatin1Char('B');
        out += c;
    }
    return out;
}

} // namespace

QByteArray Certificate::canonicalText(const CertificateRecord &r)
{
    const QString score =
        r.scorePercent ? QString::number(*r.scorePercent, 'f', 1) : QStringLiteral("-");
    return QStringList{QStringLiteral("oht-certificate-1"),
                       r.profileUuid.toString(QUuid::WithoutBraces).toLower(),
                       r.packId,
                       r.version,
                       r.completionDate.toString(Qt::ISODate),
                       score}
        .join(QLatin1Char('\n'))
        .toUtf8();
}

QString Certificate::verificationCode(const CertificateRecord &record)
{
    const QString code = base32(
        QCryptographicHash::hash(canonicalText(record), QCryptographicHash::Sha256), kCodeLength);
    return code.left(5) + QLatin1Char('-') + code.mid(5);
}

bool Certificate::verify(const QString &code, const CertificateRecord &record)
{
    return normaliseCode(code) == normaliseCode(verificationCode(record));
}

CertificateData Certificate::make(const CertificateRecord &record)
{
    CertificateData data;
    data.learnerName = record.learnerName;
    data.courseTitle = record.courseTitle;
    data.version = record.version;
    data.completionDate = record.completionDate;
    if (record.scorePercent)
        data.scoreText = tr("%1 %").arg(std::lround(*record.scorePercent));
    data.verificationCode = verificationCode(record);
    return data;
}

} // namespace oht::progress
