#pragma once

#include "oht/packformat/quiz.h"

#include <QStringList>

class QWidget;

namespace oht::quizview {

class QuestionWidget;

/// The input widget for a question's type; `optionOrder` is this attempt's order of its
/// options, ordering items or matching rights (quiz::Presentation::optionOrder).
QuestionWidget *createQuestionWidget(const packformat::Question &question,
                                     const QStringList &optionOrder, QWidget *parent = nullptr);

} // namespace oht::quizview
