#pragma once

#include "database.h"
#include "oht/core/result.h"
#include "oht/library/searchhit.h"

#include <QList>
#include <QString>

namespace oht::library {

/// Full-text search over installed lessons (the lesson_text FTS5 table).
class LessonSearch
{
public:
    explicit LessonSearch(Database &db) : m_db(db) {}

    /// Best matches first (bm25, the title weighing more than the body), with snippets.
    Result<QList<SearchHit>> search(const QString &learnerText, int limit);

    /// snippet() output -> HTML: escape everything, then turn the match markers into
    /// <mark> and </mark>.
    static QString snippetToHtml(const QString &snippet);

    static constexpr int kMaxLimit = 200;

private:
    Database &m_db;
};

} // namespace oht::library
