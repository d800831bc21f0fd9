#pragma once

#include <QList>
#include <QString>

namespace oht::library {

/// What a learner typed, turned into a safe FTS5 MATCH expression. Every word and every
/// "quoted phrase" becomes an FTS5 string (so AND, NEAR(, -, ^, :, * and quotes are just
/// text); terms are ANDed. A word ending in `*` with at least three letters matches as a
/// prefix ("diabet*"). Terms without a letter or digit are dropped: they could match nothing.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    /// The MATCH expression, e.g. `"heart" "blood pressure" "diabet"*`.
    QString toFts() const;

    /// Generous caps that keep a pasted essay from becoming a slow query.
    static constexpr int kMaxTerms = 16;
    static constexpr int kMaxLength = 1000;

private:
    struct Term
    {
        QString text;
        bool prefix = false;
    };
    void add(QString text, bool allowPrefix);
    QList<Term> m_terms;
};

} // namespace oht::library
