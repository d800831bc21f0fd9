#include "oht/packio/worddiff.h"

#include <QRegularExpression>

namespace oht::packio {

namespace {
bool isSpace(const QString &s)
{
    return !s.isEmpty() && s.trimmed().isEmpty();
}
} // namespace

QStringList WordDiff::tokens(const QString &text)
{
    static const QRegularExpression unit(QStringLiteral("\\s+|\\w+|[^\\w\\s]"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = unit.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

QList<WordChange> WordDiff::diff(const QString &before, const QString &after)
{
    // The line diff's LCS over tokens instead of lines.
    const QList<DiffLine> units = TextDiff::diff(tokens(before), tokens(after));
    QList<WordChange> raw;
    for (const DiffLine &u : units)
        raw.append({u.kind == DiffLine::Kind::Same      ? WordChange::Kind::Same
                    : u.kind == DiffLine::Kind::Removed ? WordChange::Kind::Removed
                                                        : WordChange::Kind::Added,
                    u.text});

    // Group changes that only white space separates; a group becomes one removal then one
    // addition (the white space inside belongs to both sides).
    QList<WordChange> out;
    auto appendSame = [&](const QString &t) {
        if (!out.isEmpty() && out.last().kind == WordChange::Kind::Same)
            out.last().text += t;
        else
            out.append({WordChange::Kind::Same, t});
    };
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw[i].kind == WordChange::Kind::Same) {
            appendSame(raw[i++].text);
            continue;
        }
        QString removed, added;
        qsizetype j = i;
        qsizetype end = i; // one past the last change of the group
        while (j < raw.size()) {
            if (raw[j].kind != WordChange::Kind::Same) {
                (raw[j].kind == WordChange::Kind::Removed ? removed : added) += raw[j].text;
                end = ++j;
                continue;
            }
            // White space followed by another change joins the group.
            if (isSpace(raw[j].text) && j + 1 < raw.size() &&
                raw[j + 1].kind != WordChange::Kind::Same) {
                removed += raw[j].text;
                added += raw[j].text;
                ++j;
                continue;
            }
            break;
        }
        if (!removed.isEmpty())
            out.append({WordChange::Kind::Removed, removed});
        if (!added.isEmpty())
            out.append({WordChange::Kind::Added, added});
        i = end;
    }
    return out;
}

QString WordDiff::markup(const QList<WordChange> &changes)
{
    QString out;
    for (const WordChange &c : changes) {
        switch (c.kind) {
        case WordChange::Kind::Same:
            out += c.text;
            break;
        case WordChange::Kind::Removed:
            out += QStringLiteral("[-") + c.text + QStringLiteral("-]");
            break;
        case WordChange::Kind::Added:
            out += QStringLiteral("{+") + c.text + QStringLiteral("+}");
            break;
        }
    }
    return out;
}

QString WordDiff::markup(const QString &before, const QString &after)
{
    return markup(diff(before, after));
}

QStringList WordDiff::hunks(const QList<DiffLine> &lines)
{
    QStringList out;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines[i].kind == DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        QStringList removed, added;
        int oldLine = 0, newLine = 0;
        for (; i < lines.size() && lines[i].kind != DiffLine::Kind::Same; ++i) {
            if (lines[i].kind == DiffLine::Kind::Removed) {
                removed << lines[i].text;
                oldLine = oldLine ? oldLine : lines[i].oldLine;
            } else {
                added << lines[i].text;
                newLine = newLine ? newLine : lines[i].newLine;
            }
        }
        QStringList where;
        if (!removed.isEmpty())
            where << QStringLiteral("-%1").arg(oldLine);
        if (!added.isEmpty())
            where << QStringLiteral("+%1").arg(newLine);
        out << QStringLiteral("@@ %1 @@").arg(where.join(QLatin1Char(' ')));
        const QString text = markup(removed.join(QLatin1Char('\n')), added.join(QLatin1Char('\n')));
        out << text.split(QLatin1Char('\n'));
    }
    return out;
}

} // namespace oht::packio
