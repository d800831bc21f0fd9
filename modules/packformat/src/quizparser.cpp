#include "oht/packformat/quizparser.h"

#include "quizreader.h"

namespace oht::packformat {

std::optional<Quiz> parseQuiz(const QByteArray &json, const QString &fileName, Findings &findings)
{
    return detail::QuizReader(json, fileName, findings).read();
}

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::SingleChoice:
        return QStringLiteral("single");
    case QuestionType::MultipleChoice:
        return QStringLiteral("multiple");
    case QuestionType::TrueFalse:
        return QStringLiteral("truefalse");
    case QuestionType::Numeric:
        return QStringLiteral("numeric");
    case QuestionType::ShortText:
        return QStringLiteral("text");
    case QuestionType::Ordering:
        return QStringLiteral("ordering");
    case QuestionType::Matching:
        return QStringLiteral("matching");
    }
    return QString();
}

} // namespace oht::packformat
