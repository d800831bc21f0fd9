#pragma once

#include "oht/packformat/quiz.h"
#include "schemareader.h"

#include <QHash>
#include <QSet>

namespace oht::packformat::detail {

/// Reads a quiz file and checks its answer key (see parseQuiz).
class QuizReader
{
public:
    QuizReader(const QByteArray &json, const QString &fileName, Findings &findings);

    std::optional<Quiz> read();

private:
    std::optional<Question> readQuestion(JsonObjectRef ref, qsizetype index,
                                         QSet<QString> &questionIds);
    void readChoices(const JsonObjectRef &ref, Question &q);
    void readTrueFalse(const JsonObjectRef &ref, Question &q);
    void readNumeric(const JsonObjectRef &ref, Question &q);
    void readText(const JsonObjectRef &ref, Question &q);
    void readOrdering(const JsonObjectRef &ref, Question &q);
    void readMatching(const JsonObjectRef &ref, Question &q);

    /// How messages name the entries of one list ("option \"a\" of question \"q1\"").
    struct Nouns
    {
        QString named;      ///< %1 id, %2 question
        QString numbered;   ///< %1 number, %2 question
        const char *tooFew; ///< untranslated; %1 question, %n count
    };
    /// Reads the objects of the list `key`, each with an id unique within the question,
    /// and reports too-few-options when there are fewer than two. `read` fills one entry.
    template <typename Entry, typename ReadFn>
    QList<Entry> readEntries(const JsonObjectRef &question, QLatin1StringView key,
                             const Nouns &nouns, ReadFn read);

    /// duplicate-option when `text` (white space normalised) was seen in `seen`.
    void checkDistinct(QHash<QString, bool> &seen, const QString &text, const QString &pointer,
                       const JsonObjectRef &question, const QString &what);
    std::optional<QString> requiredText(const JsonObjectRef &ref, QLatin1StringView key);

    SchemaReader m_schema;
};

} // namespace oht::packformat::detail
