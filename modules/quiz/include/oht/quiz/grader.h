#pragma once

#include "oht/packformat/quiz.h"
#include "oht/quiz/grade.h"
#include "oht/quiz/response.h"

#include <QHash>

namespace oht::quiz {

/// Pure grading functions: no state, no I/O, no widgets. The rules are those of
/// docs/pack-format.md ("Scoring"), so packs mean the same thing on every machine.
namespace Grader {

Grade grade(const packformat::Question &question, const Response &response);

/// Scores an attempt; questions without a response count as unanswered (0 points).
QuizScore score(const packformat::Quiz &quiz, const QHash<QString, Response> &responses);

/// Case-, space- and normalisation-insensitive form used for text answers.
QString normaliseText(const QString &text);

} // namespace Grader

} // namespace oht::quiz
