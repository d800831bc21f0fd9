#include "oht/progress/attemptstore.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"
#include "oht/storage/sqlitedatabase.h"
#include "progressfixture.h"

#include <QTest>

using namespace oht;
using namespace oht::progress;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void createTrimsAndLists()
    {
        test::ProgressFixture f;
        ProfileStore store(*f.db);
        auto zoe = store.create(QStringLiteral("  Zoë  "));
        QVERIFY(zoe.ok());
        QCOMPARE(zoe->name, QStringLiteral("Zoë"));
        QVERIFY(!zoe->uuid.isNull());
        QVERIFY(!zoe->hasPin);
        QVERIFY(store.create(QStringLiteral("adam")).ok());
        auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("adam")); // case-insensitive order
        QCOMPARE(list->at(1).uuid, zoe->uuid);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << "progress.name-empty";
        QTest::newRow("spaces") << QStringLiteral("   \t ") << "progress.name-empty";
        QTest::newRow("61 chars") << QString(61, QLatin1Char('a')) << "progress.name-too-long";
        QTest::newRow("control") << QStringLiteral("Ana\u0007") << "progress.name-invalid";
        QTest::newRow("same") << QStringLiteral("Ana") << "progress.name-taken";
        QTest::newRow("other case") << QStringLiteral("ANA") << "progress.name-taken";
        QTest::newRow("padded") << QStringLiteral(" ana ") << "progress.name-taken";
    }

    void badNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        test::ProgressFixture f;
        ProfileStore store(*f.db);
        QVERIFY(store.create(QStringLiteral("Ana")).ok());
        auto created = store.create(name);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, code);
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(store.list()->size(), 1);
    }

    void sixtyCharactersIsAllowed()
    {
        test::ProgressFixture f;
        QVERIFY(ProfileStore(*f.db).create(QString(60, QLatin1Char('x'))).ok());
    }

    void caseFoldingIsUnicode()
    {
        test::ProgressFixture f;
        ProfileStore store(*f.db);
        QVERIFY(store.create(QStringLiteral("Éva")).ok());
        auto clash = store.create(QStringLiteral("éVA"));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, QStringLiteral("progress.name-taken"));
    }

    void renameClash()
    {
        test::ProgressFixture f;
        ProfileStore store(*f.db);
        auto ana = store.create(QStringLiteral("Ana"));
        auto ben = store.create(QStringLiteral("Ben"));
        QVERIFY(ana.ok() && ben.ok());
        auto clash = store.rename(ben->id, QStringLiteral("aNa"));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, QStringLiteral("progress.name-taken"));
        QCOMPARE(store.profile(ben->id)->name, QStringLiteral("Ben"));
        // Changing only the case of one's own name is not a clash.
        QVERIFY(store.rename(ana->id, QStringLiteral("ANA")).ok());
        QCOMPARE(store.profile(ana->id)->name, QStringLiteral("ANA"));
        auto empty = store.rename(ana->id, QStringLiteral(" "));
        QCOMPARE(empty.error().code, QStringLiteral("progress.name-empty"));
        auto unknown = store.rename(9999, QStringLiteral("Nobody"));
        QCOMPARE(unknown.error().code, QStringLiteral("progress.unknown-profile"));
    }

    void deleteRemovesOnlyThatLearner()
    {
        test::ProgressFixture f;
        QVERIFY2(f.install(test::ProgressFixture::course()), "install");
        ProfileStore store(*f.db);
        EventRecorder events(*f.db);
        AttemptStore attempts(*f.db, *f.library);
        const auto quiz =
            test::ProgressFixture::parseQuiz(test::ProgressFixture::fiveQuestionQuiz());
        const QString pack = QStringLiteral("org.example.course");
        auto ana = store.create(QStringLiteral("Ana"));
        auto ben = store.create(QStringLiteral("Ben"));
        QVERIFY(ana.ok() && ben.ok());
        for (qint64 id : {ana->id, ben->id}) {
            QVERIFY(events.recordOpened(id, pack, QStringLiteral("l1")).ok());
            QVERIFY(events.markCompleted(id, pack, QStringLiteral("l1")).ok());
            QVERIFY(events.addActiveTime(id, pack, QStringLiteral("l1"), 30).ok());
            auto attempt = attempts.start(id, pack, QStringLiteral("q"), quiz, 7);
            QVERIFY(attempt.ok());
            quiz::Response r;
            r.choices = {QStringLiteral("a")};
            QVERIFY(attempts.answer(id, attempt->id, quiz.questions[0], r).ok());
        }
        QVERIFY(store.setLastUsed(ana->id).ok());

        QVERIFY(store.remove(ana->id).ok());

        QCOMPARE(store.profile(ana->id).error().code, QStringLiteral("progress.unknown-profile"));
        QVERIFY(!store.lastUsed()->has_value());
        auto &sql = f.db->sql();
        for (const char *table : {"item_state", "events", "attempts"}) {
            QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE profile_id = ?")
                                    .arg(QLatin1String(table)),
                                {ana->id})
                         ->toInt(),
                     0);
            QVERIFY(sql.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE profile_id = ?")
                                   .arg(QLatin1String(table)),
                               {ben->id})
                        ->toInt() > 0);
        }
        QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM answers"))->toInt(), 1);
        QVERIFY(events.itemState(ben->id, pack, QStringLiteral("l1"))->value().isCompleted());
        QVERIFY(attempts.unfinishedAttempt(ben->id, pack, QStringLiteral("q"))->has_value());
        QCOMPARE(store.remove(ana->id).error().code, QStringLiteral("progress.unknown-profile"));
    }

    void pin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right") << "1234"
                               << "1234" << true;
        QTest::newRow("wrong") << "1234"
                               << "4321" << false;
        QTest::newRow("prefix") << "123456"
                                << "1234" << false;
        QTest::newRow("empty attempt") << "1234"
                                       << "" << false;
        QTest::newRow("no pin, anything") << ""
                                          << "9999" << true;
        QTest::newRow("no pin, empty") << ""
                                       << "" << true;
    }

    void pin()
    {
        QFETCH(QString, pin);
        QFETCH(QString, attempt);
        QFETCH(bool, accepted);
        test::ProgressFixture f;
        ProfileStore store(*f.db);
        auto p = store.create(QStringLiteral("Ana"), pin);
        QVERIFY(p.ok());
        QCOMPARE(p->hasPin, !pin.isEmpty());
        QCOMPARE(store.profile(p->id)->hasPin, !pin.isEmpty());
        auto checked = store.checkPin(p->id, attempt);
        QVERIFY(checked.ok());
        QCOMPARE(*checked, accepted);
        // Only a hash is stored.
        if (!pin.isEmpty()) {
            const QString stored =
                f.db->sql().scalar(QStringLiteral("SELECT pin_hash FROM profiles"))->toString();
            QVERIFY(stored.startsWith(QLatin1String("$argon2id$")));
            QVERIFY(!stored.contains(pin));
        }
    }

    void badPins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("too short") << "123";
        QTest::newRow("too long") << "1234567890123";
        QTest::newRow("letters") << "12ab";
        QTest::newRow("space") << "12 34";
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤");
    }

    void badPins()
    {
        QFETCH(QString, pin);
        test::ProgressFixture f;
        ProfileStore store(*f.db);
        auto created = store.create(QStringLiteral("Ana"), pin);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, QStringLiteral("progress.pin-invalid"));
        QVERIFY(store.list()->isEmpty());
        auto ana = store.create(QStringLiteral("Ana"));
        QCOMPARE(store.setPin(ana->id, pin).error().code, QStringLiteral("progress.pin-invalid"));
    }

    void changeAndRemovePin()
    {
        test::ProgressFixture f;
        ProfileStore store(*f.db);
        auto p = store.create(QStringLiteral("Ana"));
        QVERIFY(store.setPin(p->id, QStringLiteral("2468")).ok());
        QCOMPARE(*store.checkPin(p->id, QStringLiteral("0000")), false);
        QCOMPARE(*store.checkPin(p->id, QStringLiteral("2468")), true);
        QVERIFY(store.setPin(p->id, QString()).ok());
        QVERIFY(!store.profile(p->id)->hasPin);
        QCOMPARE(*store.checkPin(p->id, QStringLiteral("0000")), true);
        QCOMPARE(store.checkPin(42, {}).error().code, QStringLiteral("progress.unknown-profile"));
    }

    void lastUsedSurvivesReopen()
    {
        test::ProgressFixture f;
        qint64 benId = 0;
        {
            ProfileStore store(*f.db);
            QVERIFY(!store.lastUsed()->has_value());
            auto ana = store.create(QStringLiteral("Ana"));
            auto ben = store.create(QStringLiteral("Ben"));
            benId = ben->id;
            QVERIFY(store.setLastUsed(ana->id).ok());
            QVERIFY(store.setLastUsed(ben->id).ok());
            QCOMPARE(store.setLastUsed(777).error().code,
                     QStringLiteral("progress.unknown-profile"));
        }
        QVERIFY(f.reopen());
        auto last = ProfileStore(*f.db).lastUsed();
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->id, benId);
        QCOMPARE((*last)->name, QStringLiteral("Ben"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
