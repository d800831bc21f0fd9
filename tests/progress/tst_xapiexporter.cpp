#include "oht/progress/learningrecord.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/xapiexporter.h"
#include "recordbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace oht;
using namespace oht::progress;

namespace {

QString verbOf(const QJsonObject &s)
{
    return s["verb"].toObject()["id"].toString();
}

} // namespace

class TestXapiExporter : public QObject
{
    Q_OBJECT

private slots:
    void statementsShape()
    {
        test::ProgressFixture f;
        QVERIFY(f.install(test::ProgressFixture::course()));
        test::FakeClock clock;
        QUuid attemptId;
        const qint64 id = test::buildSampleRecord(f, clock, QStringLiteral("Ana"), &attemptId);
        QVERIFY(id);
        const Profile ana = *ProfileStore(*f.db).profile(id);
        auto array = XapiExporter(*f.db).statements(id);
        QVERIFY(array.ok());
        // 2 openings, 1 active time, 1 completion, 5 + 1 answers, 1 finish.
        QCOMPARE(array->size(), 11);

        QMap<QString, int> verbs;
        QString previous;
        for (const QJsonValue &v : *array) {
            const QJsonObject s = v.toObject();
            QVERIFY(!QUuid::fromString(s["id"].toString()).isNull());
            QCOMPARE(s["version"].toString(), QStringLiteral("1.0.3"));
            const QString ts = s["timestamp"].toString();
            QVERIFY2(ts.endsWith(QLatin1Char('Z')) &&
                         QDateTime::fromString(ts, Qt::ISODateWithMs).isValid(),
                     qPrintable(ts));
            QVERIFY(previous <= ts); // oldest first
            previous = ts;
            const QJsonObject actor = s["actor"].toObject();
            QCOMPARE(actor["objectType"].toString(), QStringLiteral("Agent"));
            QCOMPARE(actor["name"].toString(), QStringLiteral("Ana"));
            QCOMPARE(actor["account"].toObject()["homePage"].toString(),
                     QStringLiteral("https://onehealthtech.org/toolkit"));
            QCOMPARE(actor["account"].toObject()["name"].toString(),
                     ana.uuid.toString(QUuid::WithoutBraces));
            const QJsonObject verb = s["verb"].toObject();
            QVERIFY(
                verb["id"].toString().startsWith(QLatin1String("http://adlnet.gov/expapi/verbs/")));
            QCOMPARE(verb["display"].toObject()["en-US"].toString(),
                     verb["id"].toString().section(QLatin1Char('/'), -1));
            ++verbs[verb["display"].toObject()["en-US"].toString()];
            QVERIFY(s["object"].toObject()["id"].toString().startsWith(
                QLatin1String("https://onehealthtech.org/packs/org.example.course/")));
        }
        QCOMPARE(verbs.value("experienced"), 3);
        QCOMPARE(verbs.value("completed"), 1);
        QCOMPARE(verbs.value("answered"), 6);
        QCOMPARE(verbs.value("passed"), 1);

        for (const QJsonValue &v : *array) {
            const QJsonObject s = v.toObject();
            const QJsonObject result = s["result"].toObject();
            const QString verb = verbOf(s);
            if (verb.endsWith(QLatin1String("/passed"))) {
                QCOMPARE(s["object"].toObject()["id"].toString(),
                         QStringLiteral("https://onehealthtech.org/packs/org.example.course/q"));
                QCOMPARE(s["context"].toObject()["registration"].toString(),
                         attemptId.toString(QUuid::WithoutBraces));
                QCOMPARE(result["score"].toObject()["scaled"].toDouble(), 0.8);
                QCOMPARE(result["score"].toObject()["raw"].toDouble(), 4.0);
                QCOMPARE(result["score"].toObject()["max"].toDouble(), 5.0);
                QCOMPARE(result["success"].toBool(), true);
                QCOMPARE(result["completion"].toBool(), true);
                QCOMPARE(result["duration"].toString(), QStringLiteral("PT1M20S"));
                const QJsonObject ext = s["context"]
                                            .toObject()["extensions"]
                                            .toObject()[XapiExporter::kAttemptExtension]
                                            .toObject();
                QCOMPARE(ext["seed"].toInteger(), 4242);
                QCOMPARE(ext["mode"].toString(), QStringLiteral("immediate"));
                QCOMPARE(ext["packVersion"].toString(), QStringLiteral("1.0.0"));
                QCOMPARE(ext["quizSha256"].toString().size(), 64);
            } else if (verb.endsWith(QLatin1String("/answered"))) {
                QVERIFY(s["object"].toObject()["id"].toString().contains(QLatin1String("/q#q")));
                QCOMPARE(s["object"].toObject()["definition"].toObject()["type"].toString(),
                         QStringLiteral("http://adlnet.gov/expapi/activities/cmi.interaction"));
                const auto response =
                    QJsonDocument::fromJson(result["response"].toString().toUtf8());
                QVERIFY(response.isObject());
                QCOMPARE(response["choices"].toArray().size(), 1);
                QCOMPARE(result["success"].toBool(),
                         result["score"].toObject()["scaled"].toDouble() == 1.0);
            } else if (verb.endsWith(QLatin1String("/completed"))) {
                QCOMPARE(result["completion"].toBool(), true);
                QCOMPARE(s["object"].toObject()["id"].toString(),
                         QStringLiteral("https://onehealthtech.org/packs/org.example.course/l1"));
            } else if (result.contains(QLatin1String("duration"))) {
                QCOMPARE(result["duration"].toString(), QStringLiteral("PT1M30S"));
            }
        }
    }

    void idsAreStable()
    {
        test::ProgressFixture f;
        QVERIFY(f.install(test::ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 id = test::buildSampleRecord(f, clock, QStringLiteral("Ana"));
        const QByteArray first = *XapiExporter(*f.db).exportJson(id);
        QVERIFY(f.reopen());
        QCOMPARE(*XapiExporter(*f.db).exportJson(id), first);
        QCOMPARE(QJsonDocument::fromJson(first).array().size(), 11);
    }

    void statementIdIsUuidV5()
    {
        const QUuid profile = QUuid::createUuid();
        RecordEvent e;
        e.kind = RecordKind::Completed;
        e.packId = QStringLiteral("org.example.course");
        e.itemId = QStringLiteral("l1");
        const QUuid id = LearningRecord::statementId(profile, e);
        QCOMPARE(id.version(), QUuid::Sha1);
        QCOMPARE(LearningRecord::statementId(profile, e), id);
        QVERIFY(LearningRecord::statementId(QUuid::createUuid(), e) != id);
        e.itemId = QStringLiteral("l2");
        QVERIFY(LearningRecord::statementId(profile, e) != id);
    }

    void isoDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "PT0S";
        QTest::newRow("seconds") << qint64(5000) << "PT5S";
        QTest::newRow("fraction") << qint64(1500) << "PT1.500S";
        QTest::newRow("minutes") << qint64(120000) << "PT2M";
        QTest::newRow("mixed") << qint64(3723000) << "PT1H2M3S";
        QTest::newRow("a day") << qint64(86400000) << "PT24H";
    }

    void isoDuration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(XapiExporter::isoDuration(ms), text);
    }

    void unknownProfile()
    {
        test::ProgressFixture f;
        QCOMPARE(XapiExporter(*f.db).statements(3).error().code,
                 QStringLiteral("progress.unknown-profile"));
    }
};

QTEST_GUILESS_MAIN(TestXapiExporter)
#include "tst_xapiexporter.moc"
