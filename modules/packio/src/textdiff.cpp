#include "oht/packio/textdiff.h"

#include <QVarLengthArray>
#include <vector>

namespace oht::packio {

namespace {
constexpr qint64 kMaxCells = 16LL * 1000 * 1000; // 64 MB of table at most
}

QList<DiffLine> TextDiff::diff(const QStringList &a, const QStringList &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QList<DiffLine> out;
    int oldLine = 0;
    int newLine = 0;
    auto same = [&](const QString &t) {
        out.append({DiffLine::Kind::Same, t, ++oldLine, ++newLine});
    };
    auto removed = [&](const QString &t) {
        out.append({DiffLine::Kind::Removed, t, ++oldLine, 0});
    };
    auto added = [&](const QString &t) { out.append({DiffLine::Kind::Added, t, 0, ++newLine}); };

    for (qsizetype i = 0; i < prefix; ++i)
        same(a[i]);
    if (qint64(n + 1) * qint64(m + 1) > kMaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            removed(a[prefix + i]);
        for (qsizetype j = 0; j < m; ++j)
            added(b[prefix + j]);
    } else {
        // lcs[i][j]: longest common subsequence of a[i..n) and b[j..m) (middle parts).
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                          : qMax(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                same(a[prefix + i]);
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
                added(b[prefix + j++]);
            } else {
                removed(a[prefix + i++]);
            }
        }
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        same(a[i]);
    // Within a run of changes, show what went before what came (as diff -u does).
    for (qsizetype k = 0; k < out.size();) {
        if (out[k].kind == DiffLine::Kind::Same) {
            ++k;
            continue;
        }
        qsizetype end = k;
        while (end < out.size() && out[end].kind != DiffLine::Kind::Same)
            ++end;
        std::stable_partition(out.begin() + k, out.begin() + end,
                              [](const DiffLine &l) { return l.kind == DiffLine::Kind::Removed; });
        k = end;
    }
    return out;
}

QStringList TextDiff::unified(const QList<DiffLine> &lines, int context)
{
    QStringList out;
    const qsizetype n = lines.size();
    qsizetype k = 0;
    while (k < n) {
        while (k < n && lines[k].kind == DiffLine::Kind::Same)
            ++k;
        if (k == n)
            break;
        // A hunk: from `context` lines before this change to `context` lines after the
        // last change that is at most 2*context unchanged lines away.
        const qsizetype start = qMax<qsizetype>(0, k - context);
        qsizetype end = k;
        qsizetype sameRun = 0;
        while (end < n && sameRun <= 2 * context) {
            sameRun = lines[end].kind == DiffLine::Kind::Same ? sameRun + 1 : 0;
            ++end;
        }
        end -= qMax<qsizetype>(0, sameRun - context);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        QStringList body;
        int oldBefore = 0, newBefore = 0; // lines before the hunk, for empty sides
        for (qsizetype i = 0; i < start; ++i) {
            oldBefore += lines[i].kind != DiffLine::Kind::Added;
            newBefore += lines[i].kind != DiffLine::Kind::Removed;
        }
        for (qsizetype i = start; i < end; ++i) {
            const DiffLine &l = lines[i];
            const char mark = l.kind == DiffLine::Kind::Same      ? ' '
                              : l.kind == DiffLine::Kind::Removed ? '-'
                                                                  : '+';
            if (l.kind != DiffLine::Kind::Added) {
                oldStart = oldStart ? oldStart : l.oldLine;
                ++oldCount;
            }
            if (l.kind != DiffLine::Kind::Removed) {
                newStart = newStart ? newStart : l.newLine;
                ++newCount;
            }
            body << QLatin1Char(mark) + l.text;
        }
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                   .arg(oldCount ? oldStart : oldBefore)
                   .arg(oldCount)
                   .arg(newCount ? newStart : newBefore)
                   .arg(newCount);
        out << body;
        k = end;
    }
    return out;
}

int TextDiff::count(const QList<DiffLine> &lines, DiffLine::Kind kind)
{
    int n = 0;
    for (const DiffLine &l : lines)
        n += l.kind == kind;
    return n;
}

QStringList TextDiff::splitLines(const QByteArray &text)
{
    QString s = QString::fromUtf8(text);
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = s.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace oht::packio
