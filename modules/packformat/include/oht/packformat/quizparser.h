#pragma once

#include "oht/packformat/finding.h"
#include "oht/packformat/quiz.h"

#include <QByteArray>
#include <optional>

namespace oht::packformat {

/// Parses a quiz file and checks its answer key (see docs/pack-format.md), reporting
/// every problem with its position into `findings`. Returns a quiz when the JSON is
/// syntactically valid and an object.
std::optional<Quiz> parseQuiz(const QByteArray &json, const QString &fileName, Findings &findings);

} // namespace oht::packformat
