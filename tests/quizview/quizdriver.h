#pragma once

#include "oht/quiz/response.h"

namespace oht::quizview {
class QuestionWidget;
}

namespace oht::test {

/// Gives an answer through a question widget as a learner would: only key presses
/// (Space on buttons, typing, arrows and Alt+Up/Down in lists and drop-downs) ...
void answerByKeyboard(quizview::QuestionWidget *widget, const quiz::Response &response);
/// ... or mouse clicks (typing still types).
void answerByMouse(quizview::QuestionWidget *widget, const quiz::Response &response);

} // namespace oht::test
