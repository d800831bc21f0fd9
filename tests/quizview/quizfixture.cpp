#include "quizfixture.h"

#include "oht/packformat/quizparser.h"
#include "oht/progress/profilestore.h"
#include "oht/quizview/quizpage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace oht::test {

namespace {

QJsonObject option(const char *id, const char *text, bool correct, const char *feedback = "")
{
    return {{"id", id}, {"text", text}, {"correct", correct}, {"feedback", feedback}};
}

} // namespace

QuizFixture::QuizFixture(const QString &mode, bool shuffle, int variant)
{
    QString error;
    ok = base.install(course(allTypesQuiz(mode, shuffle, variant)), &error);
    if (!ok) {
        qWarning("cannot install the quiz course: %s", qPrintable(error));
        return;
    }
    auto learner = progress::ProfileStore(*base.db).create(QStringLiteral("Ana"));
    ok = learner.ok();
    if (ok)
        profileId = learner->id;
    ok = ok && reopen();
}

bool QuizFixture::reopen()
{
    events.reset();
    attempts.reset();
    if (!base.reopen())
        return false;
    attempts = std::make_unique<progress::AttemptStore>(*base.db, *base.library);
    events = std::make_unique<progress::EventRecorder>(*base.db);
    return true;
}

bool QuizFixture::update(const QString &version, int variant)
{
    QString error;
    const bool done = base.install(
        course(allTypesQuiz(QStringLiteral("immediate"), false, variant), version), &error);
    if (!done)
        qWarning("cannot install the update: %s", qPrintable(error));
    return done;
}

std::unique_ptr<quizview::QuizPage> QuizFixture::makePage()
{
    auto page = std::make_unique<quizview::QuizPage>(*base.library, *attempts, *events);
    page->setProfileId(profileId);
    page->resize(900, 700);
    return page;
}

packformat::Quiz QuizFixture::quiz() const
{
    const auto json = base.library->quizJson(kPackId, kQuizId);
    return ProgressFixture::parseQuiz(json.value());
}

QByteArray QuizFixture::allTypesQuiz(const QString &mode, bool shuffle, int variant)
{
    QJsonArray questions;
    questions.append(QJsonObject{
        {"id", "single"},
        {"type", "single"},
        {"prompt", variant ? QStringLiteral("Which organ pumps blood? (version %1)").arg(variant)
                           : QStringLiteral("Which organ pumps **blood** around the body?")},
        {"explanation", "The heart is a muscular pump."},
        {"options", QJsonArray{option("heart", "The heart", true, "Yes: it is a pump."),
                               option("lungs", "The lungs", false, "The lungs exchange gases."),
                               option("liver", "The liver", false, "The liver filters blood.")}}});
    questions.append(QJsonObject{
        {"id", "multiple"},
        {"type", "multiple"},
        {"prompt", "Which of these are vital signs?"},
        {"explanation", "Vital signs show the body's basic functions."},
        {"points", 2},
        {"options", QJsonArray{option("pulse", "Pulse", true), option("temp", "Temperature", true),
                               option("height", "Height", false, "Height is not a vital sign.")}}});
    questions.append(QJsonObject{{"id", "truefalse"},
                                 {"type", "truefalse"},
                                 {"prompt", "Normal body temperature is about 37 °C."},
                                 {"answer", true},
                                 {"feedbackTrue", "Right: 36.5–37.5 °C."},
                                 {"feedbackFalse", "It is about 37 °C."},
                                 {"explanation", "It varies a little over the day."}});
    questions.append(QJsonObject{{"id", "numeric"},
                                 {"type", "numeric"},
                                 {"prompt", "How many chambers does the human heart have?"},
                                 {"answer", 4},
                                 {"tolerance", 0},
                                 {"unit", "chambers"},
                                 {"explanation", "Two atria and two ventricles."}});
    questions.append(
        QJsonObject{{"id", "text"},
                    {"type", "text"},
                    {"prompt", "What does ECG stand for? (one word)"},
                    {"accept", QJsonArray{"electrocardiogram", "electrocardiograph"}},
                    {"explanation", "An ECG records the heart's electrical activity."}});
    questions.append(QJsonObject{
        {"id", "ordering"},
        {"type", "ordering"},
        {"prompt", "Put the hand-washing steps in order."},
        {"explanation", "Soap works on wet hands; rinse it off at the end."},
        {"items", QJsonArray{QJsonObject{{"id", "wet"}, {"text", "Wet your hands"}},
                             QJsonObject{{"id", "soap"}, {"text", "Apply soap"}},
                             QJsonObject{{"id", "scrub"}, {"text", "Scrub for 20 seconds"}},
                             QJsonObject{{"id", "rinse"}, {"text", "Rinse"}}}}});
    questions.append(QJsonObject{
        {"id", "matching"},
        {"type", "matching"},
        {"prompt", "Match each instrument with what it measures."},
        {"explanation", "Each instrument measures one vital sign."},
        {"pairs",
         QJsonArray{
             QJsonObject{{"id", "steth"}, {"left", "Stethoscope"}, {"right", "Heart sounds"}},
             QJsonObject{{"id", "therm"}, {"left", "Thermometer"}, {"right", "Temperature"}},
             QJsonObject{
                 {"id", "cuff"}, {"left", "Blood pressure cuff"}, {"right", "Blood pressure"}}}}});
    const QJsonObject quiz{{"formatVersion", 1},
                           {"passMark", 70},
                           {"mode", mode},
                           {"shuffleQuestions", shuffle},
                           {"shuffleOptions", shuffle},
                           {"questions", questions}};
    return QJsonDocument(quiz).toJson();
}

PackSourceWriter QuizFixture::course(const QByteArray &quizJson, const QString &version)
{
    PackSourceWriter w(kPackId, version);
    w.manifest()["title"] = QStringLiteral("Quiz course");
    w.setFile(QStringLiteral("quizzes/quiz-1.json"), quizJson);
    return w;
}

quiz::Response QuizFixture::rightResponse(const packformat::Question &question)
{
    using packformat::QuestionType;
    quiz::Response r;
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        for (const auto &o : question.options) {
            if (o.correct)
                r.choices << o.id;
        }
        break;
    case QuestionType::TrueFalse:
        r.truth = question.answer;
        break;
    case QuestionType::Numeric:
        r.number = question.numericAnswer;
        break;
    case QuestionType::ShortText:
        r.text = question.accept.first();
        break;
    case QuestionType::Ordering:
        for (const auto &item : question.orderItems)
            r.order << item.id;
        break;
    case QuestionType::Matching:
        for (const auto &pair : question.pairs)
            r.matches.insert(pair.id, pair.id);
        break;
    }
    return r;
}

quiz::Response QuizFixture::wrongResponse(const packformat::Question &question)
{
    using packformat::QuestionType;
    quiz::Response r;
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        for (const auto &o : question.options) {
            if (!o.correct && (r.choices.isEmpty() || question.type != QuestionType::SingleChoice))
                r.choices << o.id;
        }
        break;
    case QuestionType::TrueFalse:
        r.truth = !question.answer;
        break;
    case QuestionType::Numeric:
        r.number = question.numericAnswer + question.tolerance + 1;
        break;
    case QuestionType::ShortText:
        r.text = QStringLiteral("something else");
        break;
    case QuestionType::Ordering:
        for (const auto &item : question.orderItems)
            r.order.prepend(item.id);
        break;
    case QuestionType::Matching: {
        const qsizetype n = question.pairs.size();
        for (qsizetype i = 0; i < n; ++i)
            r.matches.insert(question.pairs[i].id, question.pairs[(i + 1) % n].id);
        break;
    }
    }
    return r;
}

} // namespace oht::test
