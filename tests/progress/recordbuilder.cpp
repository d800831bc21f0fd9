#include "recordbuilder.h"

#include "oht/progress/attemptstore.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"

namespace oht::test {

qint64 buildSampleRecord(ProgressFixture &f, FakeClock &clock, const QString &name,
                         QUuid *finishedAttempt)
{
    using namespace oht::progress;
    const QString pack = QStringLiteral("org.example.course");
    auto profile = ProfileStore(*f.db).create(name);
    if (!profile)
        return 0;
    const qint64 id = profile->id;
    EventRecorder rec(*f.db, clock.clock());
    AttemptStore attempts(*f.db, *f.library, clock.clock());
    const auto quiz = ProgressFixture::parseQuiz(ProgressFixture::fiveQuestionQuiz());
    bool ok = rec.recordOpened(id, pack, QStringLiteral("l1")).ok();
    clock.advance(90);
    ok = ok && rec.addActiveTime(id, pack, QStringLiteral("l1"), 90).ok();
    ok = ok && rec.markCompleted(id, pack, QStringLiteral("l1"), CompletionSource::ReachedEnd).ok();
    clock.advance(10);
    ok = ok && rec.recordOpened(id, pack, QStringLiteral("q")).ok();
    auto a = attempts.start(id, pack, QStringLiteral("q"), quiz, 4242);
    if (!ok || !a)
        return 0;
    for (int q = 0; q < 5; ++q) {
        clock.advance(15);
        quiz::Response r;
        r.choices = {q == 4 ? QStringLiteral("b") : QStringLiteral("a")};
        if (!attempts.answer(id, a->id, quiz.questions[q], r))
            return 0;
    }
    clock.advance(5);
    if (!attempts.finish(id, a->id, quiz))
        return 0;
    if (finishedAttempt)
        *finishedAttempt = a->id;
    clock.advance(60);
    auto open = attempts.start(id, pack, QStringLiteral("q"), quiz, 99);
    quiz::Response text;
    text.choices = {QStringLiteral("a")};
    clock.advance(15);
    if (!open || !attempts.answer(id, open->id, quiz.questions[2], text))
        return 0;
    return id;
}

} // namespace oht::test
