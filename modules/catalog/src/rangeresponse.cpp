#include "rangeresponse.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace oht::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::DownloadJob", text);
}

RangeDecision fail(const QString &reason)
{
    return {RangeDecision::Fail, reason};
}

} // namespace

bool RangeResponse::parseContentRange(const QByteArray &value, qint64 *start, qint64 *end,
                                      qint64 *total)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*bytes\\s+(\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return false;
    *start = match.captured(1).toLongLong();
    *end = match.captured(2).toLongLong();
    *total = match.captured(3) == QLatin1String("*") ? -1 : match.captured(3).toLongLong();
    return *start <= *end && (*total < 0 || *end < *total);
}

RangeDecision RangeResponse::decide(const ResponseHead &head, qint64 offset, qint64 expectedSize,
                                    const QByteArray &validator)
{
    switch (head.status) {
    case 200:
        // The server sent the whole file (it ignored the range or the file changed):
        // start over with this body, unless it cannot be the catalog's file.
        if (head.contentLength >= 0 && head.contentLength != expectedSize)
            return fail(tr("the server's file has %1 bytes, the catalog says %2")
                            .arg(head.contentLength)
                            .arg(expectedSize));
        return {RangeDecision::Truncate, {}};
    case 206: {
        qint64 start = 0, end = 0, total = 0;
        if (!parseContentRange(head.contentRange, &start, &end, &total))
            return {RangeDecision::Restart, tr("the server sent a part without a valid range")};
        if (start != offset)
            return {RangeDecision::Restart,
                    tr("the server sent bytes from %1, not from %2").arg(start).arg(offset)};
        // A server that ignores If-Range could splice two versions of the file together.
        if (!validator.isEmpty() && !head.etag.isEmpty() && head.etag != validator)
            return {RangeDecision::Restart, tr("the file on the server has changed")};
        if (total >= 0 && total != expectedSize)
            return fail(tr("the server's file has %1 bytes, the catalog says %2")
                            .arg(total)
                            .arg(expectedSize));
        return {RangeDecision::Append, {}};
    }
    case 416:
        // Nothing left to send: complete if we already hold every byte.
        if (offset == expectedSize)
            return {RangeDecision::CheckComplete, {}};
        return {RangeDecision::Restart, tr("the server refused the range")};
    default:
        return fail(tr("the server answered %1").arg(head.status));
    }
}

} // namespace oht::catalog
