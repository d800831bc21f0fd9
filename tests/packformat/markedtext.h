#pragma once

#include "oht/packformat/finding.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace oht::test {

/// Test inputs mark where a finding is expected with "¦": the marker is removed and its
/// 1-based line and column (in code points) become the expected position. Writing the
/// position into the input keeps each table row readable and its expectation obvious.
struct MarkedText
{
    QByteArray text;
    int line = 0; ///< 0 when the text has no marker
    int column = 0;

    static MarkedText from(const QString &marked)
    {
        static const QChar marker(0x00A6);
        MarkedText m;
        const qsizetype at = marked.indexOf(marker);
        QString plain = marked;
        if (at >= 0) {
            plain.remove(at, 1);
            const QString before = marked.left(at);
            m.line = int(before.count(QLatin1Char('\n'))) + 1;
            const QString lastLine = before.mid(before.lastIndexOf(QLatin1Char('\n')) + 1);
            m.column = int(lastLine.toUcs4().size()) + 1;
        }
        m.text = plain.toUtf8();
        return m;
    }
};

/// Replaces the single occurrence of `from` in `base` by `to`; fails the test when
/// `from` is absent or ambiguous, so a table row can never silently test nothing.
/// "START…END" in `from` stands for START, everything after it, up to the first END.
inline bool replaceOnce(QString &base, const QString &from, const QString &to)
{
    if (from.isEmpty())
        return true;
    const qsizetype ellipsis = from.indexOf(QChar(0x2026));
    const QString start = ellipsis < 0 ? from : from.left(ellipsis);
    const qsizetype at = base.indexOf(start);
    if (at < 0 || base.indexOf(start, at + 1) >= 0) {
        qWarning("replaceOnce: \"%s\" does not occur exactly once", qPrintable(start));
        return false;
    }
    qsizetype length = start.size();
    if (ellipsis >= 0) {
        const QString end = from.mid(ellipsis + 1);
        const qsizetype endAt = base.indexOf(end, at + start.size());
        if (endAt < 0) {
            qWarning("replaceOnce: \"%s\" does not follow", qPrintable(end));
            return false;
        }
        length = endAt + end.size() - at;
    }
    base.replace(at, length, to);
    return true;
}

inline QString describe(const packformat::Findings &findings)
{
    QString s;
    for (const auto &f : findings)
        s += QStringLiteral("\n  %1 %2 %3:%4:%5 %6")
                 .arg(f.code, f.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                      f.file)
                 .arg(f.line)
                 .arg(f.column)
                 .arg(f.message);
    return s;
}

} // namespace oht::test
