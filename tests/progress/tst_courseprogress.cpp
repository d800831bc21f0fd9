#include "oht/progress/attemptstore.h"
#include "oht/progress/courseprogress.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"
#include "progressfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace oht;
using namespace oht::progress;
using test::ProgressFixture;

namespace {

const QString kPack = QStringLiteral("org.example.course");

/// Takes the five-question quiz, answering the first `right` questions correctly.
QUuid takeQuiz(AttemptStore &store, qint64 id, const packformat::Quiz &quiz, int right)
{
    auto a = store.start(id, kPack, QStringLiteral("q"), quiz, 1);
    if (!a)
        return {};
    for (int q = 0; q < 5; ++q) {
        quiz::Response r;
        r.choices = {q < right ? QStringLiteral("a") : QStringLiteral("b")};
        if (!store.answer(id, a->id, quiz.questions[q], r))
            return {};
    }
    return store.finish(id, a->id, quiz) ? a->id : QUuid();
}

} // namespace

class TestCourseProgress : public QObject
{
    Q_OBJECT

private:
    packformat::Quiz m_quiz = ProgressFixture::parseQuiz(ProgressFixture::fiveQuestionQuiz());

private slots:
    void completionPerModule()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db, clock.clock());
        AttemptStore attempts(*f.db, *f.library, clock.clock());
        CourseProgress progress(*f.db, *f.library);

        auto c = progress.completion(ana->id, kPack);
        QVERIFY(c.ok());
        QCOMPARE(c->total, 4);
        QCOMPARE(c->done, 0);
        QCOMPARE(c->lessonsTotal, 3);
        QCOMPARE(c->quizzesTotal, 1);
        QCOMPARE(c->modules.size(), 2);
        QCOMPARE(c->title, QStringLiteral("Test course"));

        QVERIFY(rec.recordOpened(ana->id, kPack, QStringLiteral("l1")).ok()); // opened only
        QVERIFY(rec.markCompleted(ana->id, kPack, QStringLiteral("l2")).ok());
        QVERIFY(!takeQuiz(attempts, ana->id, m_quiz, 2).isNull()); // 40 %: failed
        // Marking a quiz complete does not pass it.
        QVERIFY(rec.markCompleted(ana->id, kPack, QStringLiteral("q")).ok());
        c = progress.completion(ana->id, kPack);
        QCOMPARE(c->done, 1);
        QCOMPARE(c->modules[0].moduleId, QStringLiteral("m1"));
        QCOMPARE(c->modules[0].done, 1);
        QCOMPARE(c->modules[0].total, 3);
        QCOMPARE(c->modules[1].done, 0);
        QVERIFY(!c->isComplete());
        QVERIFY(!c->completedAt.isValid());
        QVERIFY(!progress.certificateRecord(ana->id, kPack)->has_value());

        clock.advance(3600);
        QVERIFY(!takeQuiz(attempts, ana->id, m_quiz, 4).isNull()); // 80 %: passed
        QVERIFY(rec.markCompleted(ana->id, kPack, QStringLiteral("l1")).ok());
        clock.advance(3600);
        QVERIFY(rec.markCompleted(ana->id, kPack, QStringLiteral("l3")).ok());
        c = progress.completion(ana->id, kPack);
        QCOMPARE(c->done, 4);
        QCOMPARE(c->percent(), 100.0);
        QCOMPARE(c->modules[1].percent(), 100.0);
        QVERIFY(c->isComplete());
        QCOMPARE(c->completedAt, clock.now());

        // Another learner's record is separate.
        auto ben = ProfileStore(*f.db).create(QStringLiteral("Ben"));
        QCOMPARE(progress.completion(ben->id, kPack)->done, 0);
    }

    void updateThatRemovesAnItemKeepsHistory()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db);
        CourseProgress progress(*f.db, *f.library);
        for (const char *item : {"l2", "l3"})
            QVERIFY(rec.markCompleted(ana->id, kPack, QLatin1String(item)).ok());
        QCOMPARE(progress.completion(ana->id, kPack)->done, 2);
        QCOMPARE(progress.completion(ana->id, kPack)->total, 4);

        // 1.1.0 drops lesson l2 (and its file) and adds l4 to module two.
        auto v2 = ProgressFixture::course(QStringLiteral("1.1.0"));
        QJsonArray modules = v2.manifest()["modules"].toArray();
        QJsonObject m1 = modules[0].toObject();
        QJsonArray items1 = m1["items"].toArray();
        items1.removeAt(1);
        m1["items"] = items1;
        QJsonObject m2 = modules[1].toObject();
        QJsonArray items2 = m2["items"].toArray();
        items2.append(QJsonObject{
            {"id", "l4"}, {"type", "lesson"}, {"title", "L4"}, {"file", "lessons/l4.md"}});
        m2["items"] = items2;
        modules = {m1, m2};
        v2.manifest()["modules"] = modules;
        v2.removeFile(QStringLiteral("lessons/l2.md"));
        v2.setFile(QStringLiteral("lessons/l4.md"), "# L4\n\nNew.\n");
        QString error;
        QVERIFY2(f.install(v2, &error), qPrintable(error));

        auto c = progress.completion(ana->id, kPack);
        QCOMPARE(c->version, QStringLiteral("1.1.0"));
        QCOMPARE(c->total, 4); // l1, q, l3, l4
        QCOMPARE(c->done, 1);  // l3 (l2 is gone)
        QCOMPARE(c->modules[0].total, 2);
        QCOMPARE(c->modules[0].done, 0);
        QCOMPARE(c->modules[1].total, 2);
        QCOMPARE(c->modules[1].done, 1);
        // The history of the removed item is still there.
        auto l2 = rec.itemState(ana->id, kPack, QStringLiteral("l2"));
        QVERIFY(l2.ok() && l2->has_value());
        QVERIFY((*l2)->isCompleted());
        QCOMPARE(rec.itemStates(ana->id, kPack)->size(), 2);
    }

    void scoreHistory()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        AttemptStore attempts(*f.db, *f.library, clock.clock());
        CourseProgress progress(*f.db, *f.library);
        QVERIFY(progress.scoreHistory(ana->id, kPack)->isEmpty());
        const QUuid first = takeQuiz(attempts, ana->id, m_quiz, 1);
        clock.advance(100);
        QVERIFY(f.install(ProgressFixture::course(QStringLiteral("1.1.0"), 1)));
        const auto quiz2 = ProgressFixture::parseQuiz(ProgressFixture::fiveQuestionQuiz(1));
        const QUuid second = takeQuiz(attempts, ana->id, quiz2, 5);
        // An abandoned attempt is not in the history.
        auto open = attempts.start(ana->id, kPack, QStringLiteral("q"), quiz2, 5);
        QVERIFY(attempts.abandon(ana->id, open->id).ok());

        auto history = progress.scoreHistory(ana->id, kPack);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).attemptId, first);
        QCOMPARE(history->at(0).percent, 20.0);
        QVERIFY(!history->at(0).passed);
        QVERIFY(history->at(0).olderVersion);
        QCOMPARE(history->at(0).itemTitle, QStringLiteral("Q"));
        QCOMPARE(history->at(1).attemptId, second);
        QCOMPARE(history->at(1).percent, 100.0);
        QVERIFY(history->at(1).passed);
        QVERIFY(!history->at(1).olderVersion);
        QVERIFY(history->at(0).finishedAt < history->at(1).finishedAt);
    }

    void certificateRecord()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        EventRecorder rec(*f.db);
        AttemptStore attempts(*f.db, *f.library);
        CourseProgress progress(*f.db, *f.library);
        for (const char *item : {"l1", "l2", "l3"})
            QVERIFY(rec.markCompleted(ana->id, kPack, QLatin1String(item)).ok());
        QVERIFY(!takeQuiz(attempts, ana->id, m_quiz, 3).isNull()); // 60 %: passed
        QVERIFY(!takeQuiz(attempts, ana->id, m_quiz, 4).isNull()); // 80 %: the best
        QVERIFY(!takeQuiz(attempts, ana->id, m_quiz, 1).isNull()); // 20 %
        auto record = progress.certificateRecord(ana->id, kPack);
        QVERIFY(record.ok() && record->has_value());
        const CertificateRecord &r = **record;
        QCOMPARE(r.learnerName, QStringLiteral("Ana"));
        QCOMPARE(r.profileUuid, ana->uuid);
        QCOMPARE(r.courseTitle, QStringLiteral("Test course"));
        QCOMPARE(r.version, QStringLiteral("1.0.0"));
        QCOMPARE(r.scorePercent.value(), 80.0);
        QVERIFY(r.completionDate.isValid());
    }

    void unknownPack()
    {
        ProgressFixture f;
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        auto c = CourseProgress(*f.db, *f.library).completion(ana->id, QStringLiteral("org.none"));
        QCOMPARE(c.error().code, QStringLiteral("library.unknown-pack"));
    }
};

QTEST_GUILESS_MAIN(TestCourseProgress)
#include "tst_courseprogress.moc"
