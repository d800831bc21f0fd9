// quiz_answer_helper DATA_DIR PROFILE_ID
//
// The app's quiz page in a child process: builds a QuizPage over the data directory,
// starts (or continues) the quiz of QuizFixture's course, answers the single-choice
// question with key presses and Check answer, prints the question order and "answered" once that
// returned, then waits to be killed. tst_quizdurability SIGKILLs it at that line.
#include "oht/library/library.h"
#include "oht/progress/attemptstore.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/progressdatabase.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizpage.h"
#include "quizdriver.h"
#include "quizfixture.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace oht;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: quiz_answer_helper DATA_DIR PROFILE_ID\n");
        return 2;
    }
    auto library = library::Library::open(args[1]);
    auto db = progress::ProgressDatabase::open(args[1]);
    if (!library || !db) {
        std::fprintf(stderr, "cannot open the data directory\n");
        return 1;
    }
    progress::AttemptStore attempts(**db, **library);
    progress::EventRecorder events(**db);
    quizview::QuizPage page(**library, attempts, events);
    page.setProfileId(args[2].toLongLong());
    page.show();
    if (auto r = page.showQuiz(test::QuizFixture::kPackId, test::QuizFixture::kQuizId); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    if (page.view() != quizview::QuizPage::View::Attempt)
        page.startOrResume();
    quizview::QuestionCard *card = page.attemptView()->card(QStringLiteral("single"));
    if (!card) {
        std::fprintf(stderr, "no single-choice question\n");
        return 1;
    }
    quiz::Response heart;
    heart.choices = {QStringLiteral("heart")};
    test::answerByKeyboard(card->input(), heart);
    QTest::keyClick(card->checkButton(), Qt::Key_Space);
    if (!card->isChecked()) {
        std::fprintf(stderr, "the answer was not taken\n");
        return 1;
    }
    QStringList order;
    for (const quizview::QuestionCard *c : page.attemptView()->cards())
        order << c->questionId();
    std::printf("order %s\n", qPrintable(order.join(QLatin1Char(','))));
    std::printf("answered\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}
