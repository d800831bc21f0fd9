#include "textformat.h"

#include <QLocale>
#include <algorithm>

namespace oht::cli::textformat {

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString snippetForTerminal(const QString &htmlSnippet, bool terminal)
{
    QString s = printable(htmlSnippet);
    s.replace(QLatin1String("<mark>"), terminal ? QStringLiteral("\x1b[1m") : QStringLiteral("["));
    s.replace(QLatin1String("</mark>"), terminal ? QStringLiteral("\x1b[0m") : QStringLiteral("]"));
    // Order matters: &amp; last, so "&amp;lt;" becomes "&lt;" and not "<".
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.simplified();
}

QString printable(QString text)
{
    for (QChar &c : text)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QLatin1Char(' ');
    return text;
}

QString elide(const QString &text, int width)
{
    if (text.size() <= width)
        return text;
    return text.left(std::max(0, width - 1)) + QChar(0x2026);
}

QString table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const auto &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    QString out;
    for (const auto &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? printable(row[i]).leftJustified(widths[i] + 2)
                                       : printable(row[i]);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace oht::cli::textformat
