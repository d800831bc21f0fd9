#include "oht/quizview/questionwidgetfactory.h"

#include "oht/quizview/choicequestionwidget.h"
#include "oht/quizview/matchingquestionwidget.h"
#include "oht/quizview/numericquestionwidget.h"
#include "oht/quizview/orderingquestionwidget.h"
#include "oht/quizview/textquestionwidget.h"
#include "oht/quizview/truefalsequestionwidget.h"

namespace oht::quizview {

QuestionWidget *createQuestionWidget(const packformat::Question &question,
                                     const QStringList &optionOrder, QWidget *parent)
{
    using packformat::QuestionType;
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        return new ChoiceQuestionWidget(question, optionOrder, parent);
    case QuestionType::TrueFalse:
        return new TrueFalseQuestionWidget(question, parent);
    case QuestionType::Numeric:
        return new NumericQuestionWidget(question, parent);
    case QuestionType::ShortText:
        return new TextQuestionWidget(question, parent);
    case QuestionType::Ordering:
        return new OrderingQuestionWidget(question, optionOrder, parent);
    case QuestionType::Matching:
        return new MatchingQuestionWidget(question, optionOrder, parent);
    }
    return new ChoiceQuestionWidget(question, optionOrder, parent);
}

} // namespace oht::quizview
