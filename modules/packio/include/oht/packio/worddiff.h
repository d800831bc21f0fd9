#pragma once

#include "oht/packio/textdiff.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oht::packio {

/// A run of text that is in both versions, only in the old one or only in the new one.
struct WordChange
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const WordChange &o) const = default;
};

/// A word-level diff for reviewers: which words of a lesson paragraph or a question's text
/// changed, not only which lines. Words (letters, digits, '_'), runs of white space and
/// single punctuation marks are the units, so "5 mg" -> "10 mg" shows only the number.
/// Changed words separated only by white space are merged into one change, as git's
/// --word-diff does, so a rewritten phrase reads as one replacement.
class WordDiff
{
public:
    static QList<WordChange> diff(const QString &before, const QString &after);

    /// Git's --word-diff=plain notation: "[-removed-]" and "{+added+}" inline.
    static QString markup(const QList<WordChange> &changes);
    /// markup(diff(before, after)).
    static QString markup(const QString &before, const QString &after);

    /// A lesson's word diff from its line diff: for each block of changed lines, a
    /// header "@@ -OLD +NEW @@" (the block's first line in each version; a side without
    /// lines is left out: "@@ +6 @@" for inserted lines) and the block's lines with the
    /// changed words marked.
    static QStringList hunks(const QList<DiffLine> &lines);

    /// The units the diff works on (exposed for tests).
    static QStringList tokens(const QString &text);
};

} // namespace oht::packio
