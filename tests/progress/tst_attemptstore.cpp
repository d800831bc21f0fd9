#include "oht/progress/attemptstore.h"
#include "oht/progress/profilestore.h"
#include "oht/quiz/presentation.h"
#include "progressfixture.h"

#include <QTest>

using namespace oht;
using namespace oht::progress;
using test::ProgressFixture;

namespace {

const QString kPack = QStringLiteral("org.example.course");
const QString kQuiz = QStringLiteral("q");

quiz::Response choose(const char *option)
{
    quiz::Response r;
    r.choices = {QLatin1String(option)};
    return r;
}

} // namespace

class TestAttemptStore : public QObject
{
    Q_OBJECT

private:
    packformat::Quiz m_quiz = ProgressFixture::parseQuiz(ProgressFixture::fiveQuestionQuiz());

    qint64 newLearner(ProgressFixture &f)
    {
        auto p = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        return p.ok() ? p->id : 0;
    }

private slots:
    void resumeAfterReopen()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 id = newLearner(f);
        QUuid attemptId;
        QStringList order;
        {
            AttemptStore store(*f.db, *f.library, clock.clock());
            auto attempt = store.start(id, kPack, kQuiz, m_quiz, 123456789u);
            QVERIFY(attempt.ok());
            attemptId = attempt->id;
            QCOMPARE(attempt->packVersion, QStringLiteral("1.0.0"));
            QCOMPARE(attempt->quizSha256.size(), 64);
            order = quiz::Presentation::make(m_quiz, attempt->seed).questionOrder;
            clock.advance(20);
            auto g1 = store.answer(id, attemptId, m_quiz.questions[0], choose("a"));
            QVERIFY(g1.ok());
            QVERIFY(g1->correct);
            clock.advance(20);
            auto g2 = store.answer(id, attemptId, m_quiz.questions[3], choose("b"));
            QVERIFY(g2.ok());
            QVERIFY(!g2->correct);
        } // the objects go away as in a crash: nothing else was called
        QVERIFY(f.reopen());
        AttemptStore store(*f.db, *f.library, clock.clock());
        auto resumed = store.unfinishedAttempt(id, kPack, kQuiz);
        QVERIFY(resumed.ok() && resumed->has_value());
        const AttemptRecord &r = **resumed;
        QCOMPARE(r.id, attemptId);
        QCOMPARE(r.seed, 123456789u);
        QCOMPARE(r.status, AttemptStatus::Open);
        QCOMPARE(quiz::Presentation::make(m_quiz, r.seed).questionOrder, order);
        QCOMPARE(r.answers.size(), 2);
        QCOMPARE(r.answers[0].questionId, QStringLiteral("q1"));
        QCOMPARE(r.answers[0].response, choose("a"));
        QCOMPARE(r.answers[0].fraction, 1.0);
        QCOMPARE(r.answers[1].questionId, QStringLiteral("q4"));
        QCOMPARE(r.answers[1].response, choose("b"));
        QVERIFY(!r.answers[1].correct);
        QVERIFY(!r.olderVersion);

        // And it can be finished where it stopped.
        QVERIFY(store.answer(id, attemptId, m_quiz.questions[1], choose("a")).ok());
        auto score = store.finish(id, attemptId, m_quiz);
        QVERIFY(score.ok());
        QCOMPARE(score->earned, 2.0);
        QCOMPARE(score->available, 5.0);
        QCOMPARE(score->percent, 40.0);
        QVERIFY(!score->passed);
        QVERIFY(!store.unfinishedAttempt(id, kPack, kQuiz)->has_value());
    }

    void reansweringReplaces()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        const qint64 id = newLearner(f);
        AttemptStore store(*f.db, *f.library);
        auto a = store.start(id, kPack, kQuiz, m_quiz, 1);
        QVERIFY(store.answer(id, a->id, m_quiz.questions[0], choose("b")).ok());
        QVERIFY(store.answer(id, a->id, m_quiz.questions[0], choose("a")).ok());
        auto r = store.attempt(id, a->id);
        QCOMPARE(r->answers.size(), 1);
        QCOMPARE(r->answers[0].response, choose("a"));
        QVERIFY(r->answers[0].correct);
        // An empty response clears the answer.
        auto cleared = store.answer(id, a->id, m_quiz.questions[0], quiz::Response());
        QVERIFY(cleared.ok());
        QVERIFY(!cleared->answered);
        QVERIFY(store.attempt(id, a->id)->answers.isEmpty());
    }

    void oneOpenAttemptPerQuiz()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        const qint64 id = newLearner(f);
        AttemptStore store(*f.db, *f.library);
        auto first = store.start(id, kPack, kQuiz, m_quiz, 1);
        QVERIFY(first.ok());
        auto second = store.start(id, kPack, kQuiz, m_quiz, 2);
        QCOMPARE(second.error().code, QStringLiteral("progress.attempt-open"));
        QVERIFY(store.abandon(id, first->id).ok());
        QVERIFY(store.start(id, kPack, kQuiz, m_quiz, 2).ok());
        QCOMPARE(store.attempts(id, kPack, kQuiz)->size(), 2);
        QCOMPARE(store.attempt(id, first->id)->status, AttemptStatus::Abandoned);
    }

    void closedAttemptsRefuseChanges()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        const qint64 id = newLearner(f);
        AttemptStore store(*f.db, *f.library);
        auto a = store.start(id, kPack, kQuiz, m_quiz, 1);
        QVERIFY(store.finish(id, a->id, m_quiz).ok());
        QCOMPARE(store.answer(id, a->id, m_quiz.questions[0], choose("a")).error().code,
                 QStringLiteral("progress.attempt-closed"));
        QCOMPARE(store.finish(id, a->id, m_quiz).error().code,
                 QStringLiteral("progress.attempt-closed"));
        QCOMPARE(store.abandon(id, a->id).error().code, QStringLiteral("progress.attempt-closed"));
        QCOMPARE(
            store.answer(id, QUuid::createUuid(), m_quiz.questions[0], choose("a")).error().code,
            QStringLiteral("progress.unknown-attempt"));
        // Another learner cannot touch it.
        auto ben = ProfileStore(*f.db).create(QStringLiteral("Ben"));
        QCOMPARE(store.attempt(ben->id, a->id).error().code,
                 QStringLiteral("progress.unknown-attempt"));
    }

    void startNeedsAnInstalledQuiz_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown pack") << "org.example.none"
                                      << "q"
                                      << "library.unknown-pack";
        QTest::newRow("unknown item") << kPack << "nothing"
                                      << "progress.not-a-quiz";
        QTest::newRow("a lesson") << kPack << "l1"
                                  << "progress.not-a-quiz";
    }

    void startNeedsAnInstalledQuiz()
    {
        QFETCH(QString, packId);
        QFETCH(QString, itemId);
        QFETCH(QString, code);
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        const qint64 id = newLearner(f);
        auto a = AttemptStore(*f.db, *f.library).start(id, packId, itemId, m_quiz, 1);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, code);
    }

    void bestScore()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 id = newLearner(f);
        AttemptStore store(*f.db, *f.library, clock.clock());
        QVERIFY(!store.bestAttempt(id, kPack, kQuiz)->has_value());
        // Scores 40 %, 80 %, 80 %, 20 %: the best is the first 80 %.
        QList<QUuid> ids;
        for (int right : {2, 4, 4, 1}) {
            auto a = store.start(id, kPack, kQuiz, m_quiz, quint32(right));
            for (int q = 0; q < 5; ++q)
                QVERIFY(store.answer(id, a->id, m_quiz.questions[q], choose(q < right ? "a" : "b"))
                            .ok());
            clock.advance(60);
            QVERIFY(store.finish(id, a->id, m_quiz).ok());
            ids << a->id;
        }
        // An open attempt does not count.
        QVERIFY(store.start(id, kPack, kQuiz, m_quiz, 9).ok());
        auto best = store.bestAttempt(id, kPack, kQuiz);
        QVERIFY(best.ok() && best->has_value());
        QCOMPARE((*best)->id, ids[1]);
        QCOMPARE((*best)->percent, 80.0);
        QVERIFY((*best)->passed);
        QCOMPARE(store.attempts(id, kPack, kQuiz)->size(), 5);
        QCOMPARE(store.attempts(id, kPack, kQuiz)->first().status, AttemptStatus::Open);
    }

    void olderVersionAfterTheQuizChanges()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course(QStringLiteral("1.0.0"))));
        const qint64 id = newLearner(f);
        AttemptStore store(*f.db, *f.library);
        auto old = store.start(id, kPack, kQuiz, m_quiz, 1);
        QVERIFY(store.finish(id, old->id, m_quiz).ok());
        auto open = store.start(id, kPack, kQuiz, m_quiz, 2);
        QVERIFY(!store.attempt(id, old->id)->olderVersion);

        // 1.1.0 changes the quiz file (same ids).
        QString error;
        QVERIFY2(f.install(ProgressFixture::course(QStringLiteral("1.1.0"), 1), &error),
                 qPrintable(error));
        QVERIFY(store.attempt(id, old->id)->olderVersion);
        QVERIFY(store.unfinishedAttempt(id, kPack, kQuiz)->value().olderVersion);
        QVERIFY(store.bestAttempt(id, kPack, kQuiz)->value().olderVersion);
        QVERIFY(store.abandon(id, open->id).ok());
        const auto quiz2 = ProgressFixture::parseQuiz(ProgressFixture::fiveQuestionQuiz(1));
        auto fresh = store.start(id, kPack, kQuiz, quiz2, 3);
        QCOMPARE(fresh->packVersion, QStringLiteral("1.1.0"));
        QVERIFY(!store.attempt(id, fresh->id)->olderVersion);
        auto all = store.attempts(id, kPack, kQuiz);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).olderVersion, false);
        QCOMPARE(all->at(1).olderVersion, true);
        QCOMPARE(all->at(2).olderVersion, true);
        QCOMPARE(all->at(2).packVersion, QStringLiteral("1.0.0"));

        // 1.2.0 changes only a lesson: attempts on the 1.1.0 quiz stay current.
        auto v3 = ProgressFixture::course(QStringLiteral("1.2.0"), 1);
        v3.setFile(QStringLiteral("lessons/l1.md"), "# Lesson l1\n\nRewritten.\n");
        QVERIFY(f.install(v3));
        QVERIFY(!store.attempt(id, fresh->id)->olderVersion);
    }
};

QTEST_GUILESS_MAIN(TestAttemptStore)
#include "tst_attemptstore.moc"
