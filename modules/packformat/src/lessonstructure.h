#pragma once

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>

namespace oht::packformat::detail {

/// The parts of a lesson the review checks look at (docs/review-checks.md), each located
/// by byte offset in the text scanned (a leading BOM already removed).
struct LessonStructure
{
    struct Heading
    {
        int level = 1;
        qsizetype offset = 0;
    };
    struct Table
    {
        bool hasHeader = false; ///< at least one header cell with text
        qsizetype offset = 0;
    };
    struct Paragraph
    {
        int words = 0;
        qsizetype offset = 0;
    };

    QList<Heading> headings;
    QList<Table> tables;
    QList<Paragraph> paragraphs;
    QList<qsizetype> imagesWithoutAlt; ///< Markdown ![](x) with empty brackets, <img> without alt
    QSet<QString> anchors;             ///< id attributes of any element and name attributes of <a>
    QString prose; ///< running text (no code, no tags), for the readability score
};

/// Markdown: one md4c pass; raw HTML inside it is scanned tag by tag as md4c hands it
/// over (a tag split over several lines of an HTML block is not seen).
LessonStructure markdownStructure(QByteArrayView markdown, unsigned parserFlags);

/// HTML lessons: one pass of the tokenizer over the whole text.
LessonStructure htmlStructure(QByteArrayView html);

/// Words in a text: runs of letters or digits (apostrophes and hyphens inside a word
/// do not split it).
int countWords(QStringView text);

} // namespace oht::packformat::detail
