#pragma once

#include <QStringView>

namespace oht::packformat::detail {

/// Counts behind a Flesch reading-ease score.
struct ReadabilityCounts
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
};

/// Counts words, sentences and syllables of English prose. A sentence ends at '.', '!',
/// '?' or a line break (headings and list items often have no full stop); syllables are
/// estimated from groups of vowels, the usual approximation for English.
ReadabilityCounts readabilityCounts(QStringView text);

/// Flesch reading ease: 206.835 - 1.015 * words/sentence - 84.6 * syllables/word.
/// Higher is easier (60-70: plain English). Meaningful only for English text.
double fleschReadingEase(const ReadabilityCounts &counts);

/// Syllables in one English word (at least 1).
int englishSyllables(QStringView word);

} // namespace oht::packformat::detail
