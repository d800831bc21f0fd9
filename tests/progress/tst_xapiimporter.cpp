#include "oht/progress/attemptstore.h"
#include "oht/progress/courseprogress.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/xapiexporter.h"
#include "oht/progress/xapiimporter.h"
#include "oht/storage/sqlitedatabase.h"
#include "recordbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace oht;
using namespace oht::progress;

namespace {

const QString kPack = QStringLiteral("org.example.course");

int rows(test::ProgressFixture &f, const char *table)
{
    return f.db->sql()
        .scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        ->toInt();
}

/// The sample record, exported as statements.
QJsonArray sampleStatements(QUuid *attemptId = nullptr)
{
    test::ProgressFixture f;
    if (!f.install(test::ProgressFixture::course()))
        return {};
    test::FakeClock clock;
    const qint64 id = test::buildSampleRecord(f, clock, QStringLiteral("Ana"), attemptId);
    auto array = XapiExporter(*f.db).statements(id);
    return array ? *array : QJsonArray();
}

QJsonObject firstWithVerb(const QJsonArray &array, const QString &verb)
{
    for (const QJsonValue &v : array) {
        if (v["verb"]["id"].toString().endsWith(QLatin1Char('/') + verb))
            return v.toObject();
    }
    return {};
}

/// Sets a value at a dotted path ("result.score.scaled"); an undefined value removes it.
QJsonObject with(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(path[0]);
        else
            o[path[0]] = value;
        return o;
    }
    o[path[0]] = with(o[path[0]].toObject(), path.mid(1), value);
    return o;
}

} // namespace

class TestXapiImporter : public QObject
{
    Q_OBJECT

private slots:
    void mergeOnAnotherComputer()
    {
        QUuid attemptId;
        const QJsonArray statements = sampleStatements(&attemptId);
        QCOMPARE(statements.size(), 11);
        const QByteArray json = QJsonDocument(statements).toJson();

        test::ProgressFixture other; // another computer, same course installed
        QVERIFY(other.install(test::ProgressFixture::course()));
        auto bea = ProfileStore(*other.db).create(QStringLiteral("Bea"));
        auto report = XapiImporter(*other.db).importJson(bea->id, json);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->added, 11);
        QCOMPARE(report->duplicates, 0);

        EventRecorder rec(*other.db);
        auto l1 = rec.itemState(bea->id, kPack, QStringLiteral("l1"))->value();
        QVERIFY(l1.isCompleted());
        QCOMPARE(l1.completedBy, CompletionSource::ReachedEnd);
        QCOMPARE(l1.activeSeconds, qint64(90));
        QCOMPARE(l1.openCount, 1);
        AttemptStore attempts(*other.db, *other.library);
        auto finished = attempts.attempt(bea->id, attemptId);
        QVERIFY(finished.ok());
        QCOMPARE(finished->status, AttemptStatus::Finished);
        QCOMPARE(finished->seed, 4242u);
        QCOMPARE(finished->percent, 80.0);
        QCOMPARE(finished->answers.size(), 5);
        QVERIFY(!finished->olderVersion);
        // The attempt left open elsewhere arrives abandoned, answers kept.
        QVERIFY(!attempts.unfinishedAttempt(bea->id, kPack, QStringLiteral("q"))->has_value());
        QCOMPARE(attempts.attempts(bea->id, kPack, QStringLiteral("q"))->size(), 2);
        QCOMPARE(CourseProgress(*other.db, *other.library).completion(bea->id, kPack)->done, 2);

        // Exported again from here, the statements keep their ids.
        auto again = XapiExporter(*other.db).statements(bea->id);
        QSet<QString> before, after;
        for (const QJsonValue &v : statements)
            before.insert(v["id"].toString());
        for (const QJsonValue &v : *again)
            after.insert(v["id"].toString());
        QCOMPARE(after, before);
    }

    void importTwiceAddsNothing()
    {
        const QByteArray json = QJsonDocument(sampleStatements()).toJson();
        test::ProgressFixture f;
        QVERIFY(f.install(test::ProgressFixture::course()));
        auto bea = ProfileStore(*f.db).create(QStringLiteral("Bea"));
        XapiImporter importer(*f.db);
        QCOMPARE(importer.importJson(bea->id, json)->added, 11);
        const int events = rows(f, "events"), attempts = rows(f, "attempts"),
                  answers = rows(f, "answers");
        auto second = importer.importJson(bea->id, json);
        QVERIFY(second.ok());
        QCOMPARE(second->added, 0);
        QCOMPARE(second->duplicates, 11);
        QCOMPARE(rows(f, "events"), events);
        QCOMPARE(rows(f, "attempts"), attempts);
        QCOMPARE(rows(f, "answers"), answers);
        QCOMPARE(EventRecorder(*f.db)
                     .itemState(bea->id, kPack, QStringLiteral("l1"))
                     ->value()
                     .activeSeconds,
                 qint64(90));
    }

    void importingOnesOwnRecordAddsNothing()
    {
        test::ProgressFixture f;
        QVERIFY(f.install(test::ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 id = test::buildSampleRecord(f, clock, QStringLiteral("Ana"));
        const QByteArray json = *XapiExporter(*f.db).exportJson(id);
        auto report = XapiImporter(*f.db).importJson(id, json);
        QVERIFY(report.ok());
        QCOMPARE(report->added, 0);
        QCOMPARE(report->duplicates, 11);
    }

    void completionAlreadyThereIsADuplicate()
    {
        const QJsonArray statements = sampleStatements();
        test::ProgressFixture f;
        auto bea = ProfileStore(*f.db).create(QStringLiteral("Bea"));
        QVERIFY(EventRecorder(*f.db).markCompleted(bea->id, kPack, QStringLiteral("l1")).ok());
        const QJsonArray one{firstWithVerb(statements, QStringLiteral("completed"))};
        auto report = XapiImporter(*f.db).importJson(bea->id, QJsonDocument(one).toJson());
        QCOMPARE(report->added, 0);
        QCOMPARE(report->duplicates, 1);
        QCOMPARE(EventRecorder(*f.db)
                     .itemState(bea->id, kPack, QStringLiteral("l1"))
                     ->value()
                     .completedBy,
                 CompletionSource::Explicit);
    }

    void badStatements_data()
    {
        const QJsonArray statements = sampleStatements();
        const QJsonObject answered = firstWithVerb(statements, QStringLiteral("answered"));
        const QJsonObject passed = firstWithVerb(statements, QStringLiteral("passed"));
        const QJsonObject completed = firstWithVerb(statements, QStringLiteral("completed"));
        const QJsonObject experienced = firstWithVerb(statements, QStringLiteral("experienced"));
        const QString ext = QLatin1String(XapiExporter::kAttemptExtension);
        const QJsonValue gone = QJsonValue::Undefined;
        QTest::addColumn<QJsonValue>("bad");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not an object") << QJsonValue(42) << "not a JSON object";
        QTest::newRow("no id") << QJsonValue(with(completed, {"id"}, gone)) << "id";
        QTest::newRow("id not a uuid") << QJsonValue(with(completed, {"id"}, "abc")) << "UUID";
        QTest::newRow("unknown verb")
            << QJsonValue(with(completed, {"verb", "id"}, "http://adlnet.gov/expapi/verbs/liked"))
            << "verb.id";
        QTest::newRow("no timestamp")
            << QJsonValue(with(completed, {"timestamp"}, gone)) << "timestamp";
        QTest::newRow("timestamp without zone")
            << QJsonValue(with(completed, {"timestamp"}, "2026-03-02T09:00:00")) << "timestamp";
        QTest::newRow("foreign activity")
            << QJsonValue(with(completed, {"object", "id"}, "https://example.org/a/b"))
            << "object.id";
        QTest::newRow("bad pack id")
            << QJsonValue(
                   with(completed, {"object", "id"}, "https://onehealthtech.org/packs/Bad Pack/l1"))
            << "object.id";
        QTest::newRow("no item id")
            << QJsonValue(with(completed, {"object", "id"},
                               "https://onehealthtech.org/packs/org.example.course"))
            << "object.id";
        QTest::newRow("answer without question")
            << QJsonValue(with(answered, {"object", "id"},
                               "https://onehealthtech.org/packs/org.example.course/q"))
            << "object.id";
        QTest::newRow("completion of a question")
            << QJsonValue(with(completed, {"object", "id"},
                               "https://onehealthtech.org/packs/org.example.course/q#q1"))
            << "object.id";
        QTest::newRow("no registration")
            << QJsonValue(with(answered, {"context", "registration"}, gone)) << "registration";
        QTest::newRow("no attempt extension")
            << QJsonValue(with(answered, {"context", "extensions"}, QJsonObject())) << ext;
        QTest::newRow("bad seed") << QJsonValue(
                                         with(answered, {"context", "extensions", ext, "seed"}, -1))
                                  << "seed";
        QTest::newRow("bad mode") << QJsonValue(with(
                                         answered, {"context", "extensions", ext, "mode"}, "quick"))
                                  << "mode";
        QTest::newRow("bad hash") << QJsonValue(with(answered,
                                                     {"context", "extensions", ext, "quizSha256"},
                                                     "abc"))
                                  << "quizSha256";
        QTest::newRow("bad version")
            << QJsonValue(with(answered, {"context", "extensions", ext, "packVersion"}, "one"))
            << "packVersion";
        QTest::newRow("scaled above 1")
            << QJsonValue(with(answered, {"result", "score", "scaled"}, 1.5)) << "scaled";
        QTest::newRow("scaled missing")
            << QJsonValue(with(answered, {"result", "score"}, QJsonObject())) << "scaled";
        QTest::newRow("response not JSON")
            << QJsonValue(with(answered, {"result", "response"}, "a,b")) << "response";
        QTest::newRow("success not boolean")
            << QJsonValue(with(answered, {"result", "success"}, "yes")) << "success";
        QTest::newRow("raw above max")
            << QJsonValue(with(passed, {"result", "score", "raw"}, 9)) << "raw";
        QTest::newRow("passed but not success")
            << QJsonValue(with(passed, {"result", "success"}, false)) << "success";
        QTest::newRow("duration not ISO")
            << QJsonValue(with(experienced, {"result", "duration"}, "90 seconds")) << "duration";
        QTest::newRow("duration of two days")
            << QJsonValue(with(experienced, {"result", "duration"}, "P2D")) << "duration";
    }

    void badStatements()
    {
        QFETCH(QJsonValue, bad);
        QFETCH(QString, mentions);
        const QJsonArray statements = sampleStatements();
        // A good statement first: it must not be merged when the second is refused.
        const QJsonArray array{firstWithVerb(statements, QStringLiteral("completed")), bad};
        test::ProgressFixture f;
        auto bea = ProfileStore(*f.db).create(QStringLiteral("Bea"));
        auto report = XapiImporter(*f.db).importJson(bea->id, QJsonDocument(array).toJson());
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("progress.xapi-invalid"));
        QVERIFY2(report.error().message.startsWith(QLatin1String("Statement 1 ")),
                 qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
        QCOMPARE(rows(f, "events"), 0);
        QCOMPARE(rows(f, "item_state"), 0);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("truncated") << QByteArray("[{\"id\": ") << "not valid JSON";
        QTest::newRow("an object") << QByteArray("{\"id\": 1}") << "JSON array";
        QTest::newRow("a number") << QByteArray("42") << "not valid JSON";
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        test::ProgressFixture f;
        auto bea = ProfileStore(*f.db).create(QStringLiteral("Bea"));
        auto report = XapiImporter(*f.db).importJson(bea->id, json);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("progress.xapi-invalid"));
        QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
    }

    void emptyArrayIsFine()
    {
        test::ProgressFixture f;
        auto bea = ProfileStore(*f.db).create(QStringLiteral("Bea"));
        auto report = XapiImporter(*f.db).importJson(bea->id, "[]");
        QVERIFY(report.ok());
        QCOMPARE(report->added, 0);
    }

    void unknownProfileMergesNothing()
    {
        const QByteArray json = QJsonDocument(sampleStatements()).toJson();
        test::ProgressFixture f;
        auto report = XapiImporter(*f.db).importJson(77, json);
        QCOMPARE(report.error().code, QStringLiteral("progress.unknown-profile"));
        QCOMPARE(rows(f, "events"), 0);
        QCOMPARE(rows(f, "attempts"), 0);
    }
};

QTEST_GUILESS_MAIN(TestXapiImporter)
#include "tst_xapiimporter.moc"
