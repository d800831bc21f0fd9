#pragma once

#include "oht/packformat/quiz.h"
#include "oht/progress/attemptstore.h"
#include "oht/progress/eventrecorder.h"
#include "oht/quiz/response.h"
#include "progressfixture.h"

#include <memory>

namespace oht::quizview {
class QuizPage;
class QuestionWidget;
} // namespace oht::quizview

namespace oht::test {

/// A data directory with one course (pack "org.example.quiz", quiz item "quiz-1") whose
/// quiz has one question of every type, a learner, and the stores a QuizPage needs.
class QuizFixture
{
public:
    static inline const QString kPackId = QStringLiteral("org.example.quiz");
    static inline const QString kQuizId = QStringLiteral("quiz-1");

    explicit QuizFixture(const QString &mode = QStringLiteral("immediate"), bool shuffle = false,
                         int variant = 0);

    /// Question ids: single, multiple, truefalse, numeric, text, ordering, matching.
    static QByteArray allTypesQuiz(const QString &mode, bool shuffle, int variant = 0);
    static PackSourceWriter course(const QByteArray &quizJson,
                                   const QString &version = QStringLiteral("1.0.0"));
    /// Installs an update with another variant of the quiz (changed first prompt).
    bool update(const QString &version, int variant);
    /// Reopens the databases and stores (a restarted app).
    bool reopen();
    std::unique_ptr<quizview::QuizPage> makePage();
    packformat::Quiz quiz() const;

    static quiz::Response rightResponse(const packformat::Question &question);
    static quiz::Response wrongResponse(const packformat::Question &question);

    ProgressFixture base;
    bool ok = false;
    qint64 profileId = 0;
    std::unique_ptr<progress::AttemptStore> attempts;
    std::unique_ptr<progress::EventRecorder> events;
};

} // namespace oht::test
