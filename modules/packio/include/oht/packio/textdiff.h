#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oht::packio {

struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; ///< 1-based, 0 for an added line
    int newLine = 0; ///< 1-based, 0 for a removed line
};

/// A longest-common-subsequence diff of two lists of lines (or of ids: the comparison
/// uses it to tell items that moved from items that merely shifted). Common leading and
/// trailing lines cost nothing; the rest is quadratic, so very different texts of more
/// than a few thousand lines fall back to "all removed, all added".
class TextDiff
{
public:
    static QList<DiffLine> diff(const QStringList &before, const QStringList &after);

    /// Unified-diff hunks ("@@ -3,4 +3,5 @@", then " ", "-" and "+" lines) with `context`
    /// unchanged lines around each change.
    static QStringList unified(const QList<DiffLine> &lines, int context = 2);

    static int count(const QList<DiffLine> &lines, DiffLine::Kind kind);

    /// The lines of a UTF-8 text, without line ends (a final newline adds no empty line).
    static QStringList splitLines(const QByteArray &text);
};

} // namespace oht::packio
