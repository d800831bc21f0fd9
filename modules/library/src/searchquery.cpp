#include "searchquery.h"

namespace oht::library {

namespace {

int tokenCharCount(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(),
                             [](QChar c) { return c.isLetterOrNumber() || c.isSurrogate(); }));
}

} // namespace

void SearchQuery::add(QString text, bool allowPrefix)
{
    if (m_terms.size() >= kMaxTerms)
        return;
    bool prefix = false;
    if (allowPrefix && text.endsWith(QLatin1Char('*'))) {
        while (text.endsWith(QLatin1Char('*')))
            text.chop(1);
        // A one- or two-letter prefix expands to much of the vocabulary: slow, useless.
        prefix = tokenCharCount(text) >= 3;
    }
    if (tokenCharCount(text) == 0)
        return;
    m_terms.append({text, prefix});
}

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    const QString text = input.left(kMaxLength);
    QString current;
    bool inPhrase = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            // A quote ends the word or phrase before it; an unclosed quote runs to the end.
            query.add(current, !inPhrase);
            current.clear();
            inPhrase = !inPhrase;
        } else if (!inPhrase && c.isSpace()) {
            query.add(current, true);
            current.clear();
        } else {
            current.append(c);
        }
    }
    query.add(current, !inPhrase);
    return query;
}

QString SearchQuery::toFts() const
{
    QStringList parts;
    for (const Term &term : m_terms) {
        QString quoted = term.text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        if (term.prefix)
            quoted += QLatin1Char('*');
        parts << quoted;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace oht::library
