#include "oht/quiz/presentation.h"

#include <random>

namespace oht::quiz {

using packformat::QuestionType;

namespace {

// Fisher-Yates with an explicitly specified engine: std::mt19937's output sequence is
// fixed by the standard, and we map it to indices ourselves, so the result is the same
// with every compiler and standard library.
void shuffle(QStringList &list, std::mt19937 &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i) {
        const qsizetype j = qsizetype(rng() % quint32(i + 1));
        list.swapItemsAt(i, j);
    }
}

} // namespace

Presentation Presentation::make(const packformat::Quiz &quiz, quint32 seed)
{
    Presentation p;
    p.seed = seed;
    std::mt19937 rng(seed);
    for (const auto &q : quiz.questions)
        p.questionOrder.append(q.id);
    if (quiz.shuffleQuestions)
        shuffle(p.questionOrder, rng);

    for (const auto &q : quiz.questions) {
        QStringList ids;
        bool mustScramble = false;
        switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            for (const auto &o : q.options)
                ids.append(o.id);
            if (quiz.shuffleOptions)
                shuffle(ids, rng);
            break;
        case QuestionType::Ordering:
            for (const auto &o : q.orderItems)
                ids.append(o.id);
            mustScramble = true;
            break;
        case QuestionType::Matching:
            for (const auto &pair : q.pairs)
                ids.append(pair.id);
            mustScramble = true;
            break;
        default:
            break;
        }
        if (mustScramble && ids.size() > 1) {
            const QStringList correct = ids;
            // Showing the answer as the starting order would give it away; reshuffle
            // (bounded, then rotate, so it always terminates).
            for (int tries = 0; tries < 8 && ids == correct; ++tries)
                shuffle(ids, rng);
            if (ids == correct)
                ids.move(0, ids.size() - 1);
        }
        if (!ids.isEmpty())
            p.optionOrder.insert(q.id, ids);
    }
    return p;
}

} // namespace oht::quiz
