#include "readability.h"

#include <QString>

namespace oht::packformat::detail {

namespace {
bool isVowel(QChar c)
{
    switch (c.toLower().unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}
} // namespace

int englishSyllables(QStringView word)
{
    int groups = 0;
    bool previousVowel = false;
    int letters = 0;
    for (const QChar c : word) {
        if (!c.isLetter())
            continue;
        ++letters;
        const bool vowel = isVowel(c);
        if (vowel && !previousVowel)
            ++groups;
        previousVowel = vowel;
    }
    const QString lower = word.toString().toLower();
    // A final silent "e" ("care", "sometimes") is no syllable; "-le" after a consonant
    // ("table") is one.
    if (letters > 2 && groups > 1 && lower.endsWith(QLatin1Char('e')) &&
        !lower.endsWith(QLatin1String("le")) && !lower.endsWith(QLatin1String("ee")))
        --groups;
    else if (letters > 2 && groups > 1 && lower.endsWith(QLatin1String("es")) &&
             !lower.endsWith(QLatin1String("ses")) && !lower.endsWith(QLatin1String("ces")) &&
             !lower.endsWith(QLatin1String("ges")) && !lower.endsWith(QLatin1String("zes")))
        --groups;
    else if (letters > 3 && groups > 1 && lower.endsWith(QLatin1String("ed")) &&
             !lower.endsWith(QLatin1String("ted")) && !lower.endsWith(QLatin1String("ded")))
        --groups;
    return qMax(1, groups);
}

ReadabilityCounts readabilityCounts(QStringView text)
{
    ReadabilityCounts counts;
    bool wordsSinceSentence = false;
    qsizetype wordStart = -1;
    auto endWord = [&](qsizetype end) {
        if (wordStart < 0)
            return;
        const QStringView word = text.mid(wordStart, end - wordStart);
        wordStart = -1;
        bool hasLetter = false;
        for (const QChar c : word)
            hasLetter = hasLetter || c.isLetter();
        if (!hasLetter)
            return; // numbers are words to a reader but have no syllables to count
        ++counts.words;
        counts.syllables += englishSyllables(word);
        wordsSinceSentence = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool inWord = c.isLetterOrNumber() ||
                            (wordStart >= 0 && (c == QLatin1Char('\'') || c == QChar(0x2019) ||
                                                c == QLatin1Char('-')));
        if (inWord) {
            if (wordStart < 0)
                wordStart = i;
            continue;
        }
        endWord(i);
        // "e.g." or "3.5" do not end a sentence: the next character must be a space or end.
        const bool stop =
            c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n') ||
            (c == QLatin1Char('.') && (i + 1 == text.size() || text[i + 1].isSpace()));
        if (stop && wordsSinceSentence) {
            ++counts.sentences;
            wordsSinceSentence = false;
        }
    }
    endWord(text.size());
    if (wordsSinceSentence)
        ++counts.sentences;
    return counts;
}

double fleschReadingEase(const ReadabilityCounts &c)
{
    if (c.words == 0 || c.sentences == 0)
        return 100.0;
    return 206.835 - 1.015 * (double(c.words) / c.sentences) -
           84.6 * (double(c.syllables) / c.words);
}

} // namespace oht::packformat::detail
