#include "lessonsearch.h"

#include "database.h"
#include "searchmarkers.h"
#include "searchquery.h"

namespace oht::library {

namespace {

// Rank in a subquery with LIMIT, so snippet() (the costly part: it re-reads and
// re-tokenizes the text) runs only for the rows shown. The outer MATCH gives snippet()
// its context; FTS5 looks those rows up by rowid.
const QString kSearchSql = QStringLiteral(R"(
SELECT l.pack_id, p.title, l.item_id, i.title,
       snippet(lesson_text, 1, char(57344), char(57345), '…', 16), top.score
FROM (SELECT rowid AS rid, bm25(lesson_text, 10.0, 1.0) AS score
      FROM lesson_text WHERE lesson_text MATCH ? ORDER BY score LIMIT ?) AS top
JOIN lesson_text ON lesson_text.rowid = top.rid
JOIN lessons l ON l.id = top.rid
JOIN items i ON i.pack_id = l.pack_id AND i.item_id = l.item_id
JOIN packs p ON p.id = l.pack_id
WHERE lesson_text MATCH ?
ORDER BY top.score, top.rid)");

} // namespace

QString LessonSearch::snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kMatchStart, QLatin1String("<mark>"));
    html.replace(kMatchEnd, QLatin1String("</mark>"));
    return html;
}

Result<QList<SearchHit>> LessonSearch::search(const QString &learnerText, int limit)
{
    const SearchQuery query = SearchQuery::parse(learnerText);
    if (query.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    const QString fts = query.toFts();
    auto sql = m_db.prepare(kSearchSql);
    if (!sql)
        return sql.error();
    if (auto r = Database::run(*sql, {fts, qMin(limit, kMaxLimit), fts}); !r)
        return r.error();
    QList<SearchHit> hits;
    while (sql->next()) {
        SearchHit hit;
        hit.packId = sql->value(0).toString();
        hit.packTitle = sql->value(1).toString();
        hit.itemId = sql->value(2).toString();
        hit.lessonTitle = sql->value(3).toString();
        hit.snippet = snippetToHtml(sql->value(4).toString());
        hit.score = sql->value(5).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace oht::library
