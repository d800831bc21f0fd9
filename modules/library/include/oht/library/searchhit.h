#pragma once

#include <QString>

namespace oht::library {

struct SearchHit
{
    QString packId;
    QString packTitle;
    QString itemId;
    QString lessonTitle;
    QString snippet;  ///< HTML-escaped text, matches wrapped in <mark>…</mark>, "…" at cuts
    double score = 0; ///< bm25, lower is better (SQLite convention)
};

} // namespace oht::library
