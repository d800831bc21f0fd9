#pragma once

#include "oht/packformat/quiz.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace oht::quiz {

/// The order in which one attempt shows questions and options. Derived only from the quiz
/// and a seed, with our own generator and shuffle (std::shuffle's algorithm differs
/// between standard libraries), so a recorded seed reproduces an attempt exactly on any
/// machine.
struct Presentation
{
    quint32 seed = 0;
    QStringList questionOrder;               ///< question ids
    QHash<QString, QStringList> optionOrder; ///< question id -> option / item / right ids

    /// Ordering questions are always shown scrambled (the file lists them in the correct
    /// order) and matching rights are always shuffled; other options follow shuffleOptions.
    static Presentation make(const packformat::Quiz &quiz, quint32 seed);
};

} // namespace oht::quiz
