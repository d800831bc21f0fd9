// progress_answer_helper DATA_DIR PROFILE_ID ATTEMPT_ID
//
// Records one answer (question q3, option "a") to an open attempt through the progress
// module, prints "ANSWERED" once the call has returned, then sleeps until killed: the
// durability test SIGKILLs it at that line and looks for the answer.
#include "oht/library/library.h"
#include "oht/packformat/quizparser.h"
#include "oht/progress/attemptstore.h"
#include "oht/progress/progressdatabase.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace oht;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: progress_answer_helper DATA_DIR PROFILE_ID ATTEMPT_ID\n");
        return 2;
    }
    auto library = library::Library::open(args[1]);
    auto db = progress::ProgressDatabase::open(args[1]);
    if (!library || !db) {
        std::fprintf(stderr, "cannot open the data directory\n");
        return 1;
    }
    const qint64 profileId = args[2].toLongLong();
    const QUuid attemptId = QUuid::fromString(args[3]);
    progress::AttemptStore store(**db, **library);
    auto attempt = store.attempt(profileId, attemptId);
    if (!attempt) {
        std::fprintf(stderr, "%s\n", qPrintable(attempt.error().message));
        return 1;
    }
    auto json = (*library)->quizJson(attempt->packId, attempt->itemId);
    packformat::Findings findings;
    auto quiz =
        json ? packformat::parseQuiz(*json, QStringLiteral("quiz.json"), findings) : std::nullopt;
    if (!quiz || quiz->questions.size() < 3) {
        std::fprintf(stderr, "cannot read the quiz\n");
        return 1;
    }
    quiz::Response response;
    response.choices = {QStringLiteral("a")};
    auto grade = store.answer(profileId, attemptId, quiz->questions[2], response);
    if (!grade) {
        std::fprintf(stderr, "%s\n", qPrintable(grade.error().message));
        return 1;
    }
    std::printf("ANSWERED\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}
