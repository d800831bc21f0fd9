#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oht::packformat {

enum class QuestionType {
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Numeric,
    ShortText,
    Ordering,
    Matching
};

/// An option of a choice question, or an item of an ordering question (`correct` unused).
struct Option
{
    QString id;
    QString text;
    bool correct = false;
    QString feedback;
};

struct MatchPair
{
    QString id;
    QString left;
    QString right;
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::SingleChoice;
    QString prompt;
    QString explanation;
    double points = 1.0;
    QString feedbackCorrect;
    QString feedbackIncorrect;

    QList<Option> options;      ///< single, multiple
    bool answer = false;        ///< truefalse
    QString feedbackTrue;       ///< truefalse
    QString feedbackFalse;      ///< truefalse
    double numericAnswer = 0.0; ///< numeric
    double tolerance = 0.0;     ///< numeric
    QString unit;               ///< numeric
    QStringList accept;         ///< text
    QList<Option> orderItems;   ///< ordering, in the correct order
    QList<MatchPair> pairs;     ///< matching
};

enum class QuizMode { Immediate, Exam };

struct Quiz
{
    int formatVersion = 1;
    double passMark = 70.0; ///< percent
    QuizMode mode = QuizMode::Immediate;
    bool shuffleQuestions = false;
    bool shuffleOptions = false;
    QList<Question> questions;
};

/// The type's name as written in quiz files ("single", "multiple", ...).
QString questionTypeName(QuestionType type);

} // namespace oht::packformat
