#include "quizreader.h"

#include "oht/core/appinfo.h"
#include "valuerules.h"

#include <QCoreApplication>

namespace oht::packformat::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::QuizParser", text);
}

const QString kInvalid = QStringLiteral("invalid-value");

struct TypeName
{
    const char *name;
    QuestionType type;
};
constexpr TypeName kTypes[] = {
    {"single", QuestionType::SingleChoice}, {"multiple", QuestionType::MultipleChoice},
    {"truefalse", QuestionType::TrueFalse}, {"numeric", QuestionType::Numeric},
    {"text", QuestionType::ShortText},      {"ordering", QuestionType::Ordering},
    {"matching", QuestionType::Matching},
};
} // namespace

QuizReader::QuizReader(const QByteArray &json, const QString &fileName, Findings &findings)
    : m_schema(json, fileName, findings)
{}

std::optional<Quiz> QuizReader::read()
{
    const auto root = m_schema.parseRoot();
    if (!root)
        return std::nullopt;
    m_schema.reportDuplicateKeys();
    const JsonObjectRef top{*root, QString(), tr("the quiz"), {}};
    Quiz quiz;

    const QString fvPointer = top.pointerOf(QLatin1StringView("formatVersion"));
    if (const auto v = m_schema.integer(top, QLatin1StringView("formatVersion"), Need::Optional)) {
        if (*v > kPackFormatVersion) {
            m_schema.error(QStringLiteral("unsupported-format"), fvPointer,
                           tr("This quiz uses format version %1, but this app reads only "
                              "version %2. Install a newer version of the app to open it.")
                               .arg(*v)
                               .arg(kPackFormatVersion));
            quiz.formatVersion = int(qMin<qint64>(*v, 1000000));
            return quiz;
        }
        if (*v < 1)
            m_schema.error(kInvalid, fvPointer,
                           tr("The format version must be 1, not %1.").arg(*v));
    }
    if (const auto pass = m_schema.number(top, QLatin1StringView("passMark"), Need::Optional)) {
        if (*pass < 0 || *pass > 100)
            m_schema.error(
                kInvalid, top.pointerOf(QLatin1StringView("passMark")),
                tr("The pass mark is %1; it must be a percentage from 0 to 100.").arg(*pass));
        else
            quiz.passMark = *pass;
    }
    if (const auto mode = m_schema.string(top, QLatin1StringView("mode"), Need::Optional)) {
        if (*mode == QLatin1String("exam"))
            quiz.mode = QuizMode::Exam;
        else if (*mode != QLatin1String("immediate"))
            m_schema.error(
                kInvalid, top.pointerOf(QLatin1StringView("mode")),
                tr("The quiz mode is \"%1\"; it must be \"immediate\" or \"exam\".").arg(*mode));
    }
    quiz.shuffleQuestions =
        m_schema.boolean(top, QLatin1StringView("shuffleQuestions"), Need::Optional)
            .value_or(false);
    quiz.shuffleOptions =
        m_schema.boolean(top, QLatin1StringView("shuffleOptions"), Need::Optional).value_or(false);

    const QString qPointer = top.pointerOf(QLatin1StringView("questions"));
    if (const auto questions =
            m_schema.array(top, QLatin1StringView("questions"), Need::Required)) {
        if (questions->isEmpty())
            m_schema.error(kInvalid, qPointer, tr("The quiz must have at least one question."));
        QSet<QString> ids;
        for (qsizetype i = 0; i < questions->size(); ++i) {
            auto ref = m_schema.element(*questions, i, qPointer, QLatin1StringView("questions"),
                                        top.owner);
            if (!ref)
                continue;
            if (auto q = readQuestion(*ref, i, ids))
                quiz.questions.append(*q);
        }
    }
    m_schema.checkUnknown(top, {"formatVersion", "passMark", "mode", "shuffleQuestions",
                                "shuffleOptions", "questions"});
    return quiz;
}

std::optional<Question> QuizReader::readQuestion(JsonObjectRef ref, qsizetype index,
                                                 QSet<QString> &questionIds)
{
    const QString name = ref.object.value(QLatin1String("id")).toString();
    ref.owner = name.isEmpty() ? tr("question %1").arg(index + 1) : tr("question \"%1\"").arg(name);
    Question q;
    if (const auto id = m_schema.string(ref, QLatin1StringView("id"), Need::Required)) {
        q.id = *id;
        ref.itemId = *id;
        const QString pointer = ref.pointerOf(QLatin1StringView("id"));
        if (!isValidId(*id))
            m_schema.error(kInvalid, pointer,
                           tr("The question id \"%1\" is not valid: use 1 to 64 characters of "
                              "A-Z, a-z, 0-9, _ and -.")
                               .arg(*id),
                           *id);
        else if (questionIds.contains(*id))
            m_schema.error(QStringLiteral("duplicate-id"), pointer,
                           tr("Two questions have the id \"%1\"; question ids must be unique "
                              "within the quiz.")
                               .arg(*id),
                           *id);
        questionIds.insert(*id);
    }
    bool typeOk = false;
    if (const auto type = m_schema.string(ref, QLatin1StringView("type"), Need::Required)) {
        for (const TypeName &t : kTypes)
            if (*type == QLatin1String(t.name)) {
                q.type = t.type;
                typeOk = true;
            }
        if (!typeOk)
            m_schema.error(kInvalid, ref.pointerOf(QLatin1StringView("type")),
                           tr("The type of %1 is \"%2\"; it must be one of single, multiple, "
                              "truefalse, numeric, text, ordering or matching.")
                               .arg(ref.owner, *type),
                           ref.itemId);
    }
    if (const auto prompt = requiredText(ref, QLatin1StringView("prompt")))
        q.prompt = *prompt;
    auto optionalText = [&](const char *key) {
        return m_schema.string(ref, QLatin1StringView(key), Need::Optional).value_or(QString());
    };
    q.explanation = optionalText("explanation");
    q.feedbackCorrect = optionalText("feedbackCorrect");
    q.feedbackIncorrect = optionalText("feedbackIncorrect");
    if (const auto points = m_schema.number(ref, QLatin1StringView("points"), Need::Optional)) {
        if (*points <= 0)
            m_schema.error(kInvalid, ref.pointerOf(QLatin1StringView("points")),
                           tr("%1 is worth %2 points; points must be more than zero.")
                               .arg(ref.owner, QString::number(*points)),
                           ref.itemId);
        else
            q.points = *points;
    }
    if (!typeOk) {
        // Without a known type we cannot tell which other fields belong; say nothing more.
        return std::nullopt;
    }
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        readChoices(ref, q);
        m_schema.checkUnknown(ref, {"id", "type", "prompt", "explanation", "points",
                                    "feedbackCorrect", "feedbackIncorrect", "options"});
        break;
    case QuestionType::TrueFalse:
        readTrueFalse(ref, q);
        m_schema.checkUnknown(ref,
                              {"id", "type", "prompt", "explanation", "points", "feedbackCorrect",
                               "feedbackIncorrect", "answer", "feedbackTrue", "feedbackFalse"});
        break;
    case QuestionType::Numeric:
        readNumeric(ref, q);
        m_schema.checkUnknown(ref,
                              {"id", "type", "prompt", "explanation", "points", "feedbackCorrect",
                               "feedbackIncorrect", "answer", "tolerance", "unit"});
        break;
    case QuestionType::ShortText:
        readText(ref, q);
        m_schema.checkUnknown(ref, {"id", "type", "prompt", "explanation", "points",
                                    "feedbackCorrect", "feedbackIncorrect", "accept"});
        break;
    case QuestionType::Ordering:
        readOrdering(ref, q);
        m_schema.checkUnknown(ref, {"id", "type", "prompt", "explanation", "points",
                                    "feedbackCorrect", "feedbackIncorrect", "items"});
        break;
    case QuestionType::Matching:
        readMatching(ref, q);
        m_schema.checkUnknown(ref, {"id", "type", "prompt", "explanation", "points",
                                    "feedbackCorrect", "feedbackIncorrect", "pairs"});
        break;
    }
    return q;
}

std::optional<QString> QuizReader::requiredText(const JsonObjectRef &ref, QLatin1StringView key)
{
    const auto text = m_schema.string(ref, key, Need::Required);
    if (text && text->trimmed().isEmpty())
        m_schema.error(kInvalid, ref.pointerOf(key),
                       tr("The \"%1\" of %2 is empty.").arg(QString(key), ref.owner), ref.itemId);
    return text;
}

} // namespace oht::packformat::detail
