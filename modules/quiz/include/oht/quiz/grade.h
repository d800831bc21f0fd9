#pragma once

#include <QStringList>

namespace oht::quiz {

/// The result of grading one response (docs/pack-format.md, "Scoring").
struct Grade
{
    double fraction = 0.0;  ///< 0..1 share of the question's points earned
    double earned = 0.0;    ///< fraction * points
    double available = 0.0; ///< the question's points
    bool correct = false;   ///< full marks only
    bool answered = false;  ///< false for an empty response
    QStringList feedback;   ///< what to show: per chosen option, then correct/incorrect feedback
};

/// The result of a whole quiz attempt.
struct QuizScore
{
    double earned = 0.0;
    double available = 0.0;
    double percent = 0.0; ///< 0..100
    bool passed = false;
    int correctCount = 0;
};

} // namespace oht::quiz
