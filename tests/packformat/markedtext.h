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
inline bool replaceOnce(QString &base, const QString &from, const QString &to)
{
    if (from.isEmpty())
        return true;
    const qsizetype at = base.indexOf(from);
    if (at < 0 || base.indexOf(from, at + 1) >= 0) {
        qWarning("replaceOnce: \"%s\" does not occur exactly once", qPrintable(from));
        return false;
    }
    base.replace(at, from.size(), to);
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
