#include "oht/progress/xapiexporter.h"

#include "attemptrows.h"
#include "completionsource.h"
#include "oht/progress/learningrecord.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/recordevent.h"
#include "timeutil.h"
#include "xapivocabulary.h"

#include <QJsonDocument>

namespace oht::progress {

namespace {

QJsonObject verb(const QString &name)
{
    return {{QStringLiteral("id"), xapi::kVerbBase + name},
            {QStringLiteral("display"), QJsonObject{{QStringLiteral("en-US"), name}}}};
}

QJsonObject activity(const RecordEvent &e, const QString &type)
{
    QString id =
        QLatin1String(XapiExporter::kActivityBase) + e.packId + QLatin1Char('/') + e.itemId;
    if (e.kind == RecordKind::Answered)
        id += QLatin1Char('#') + e.questionId;
    QJsonObject object{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                       {QStringLiteral("id"), id}};
    if (!type.isEmpty())
        object.insert(QStringLiteral("definition"), QJsonObject{{QStringLiteral("type"), type}});
    return object;
}

/// What an importer needs to recreate the attempt a statement belongs to.
QJsonObject attemptContext(const RecordEvent &e)
{
    const QJsonObject attempt{
        {QStringLiteral("packVersion"), e.packVersion},
        {QStringLiteral("quizSha256"), QString::fromLatin1(e.quizSha256)},
        {QStringLiteral("mode"), AttemptRows::modeName(e.mode)},
        {QStringLiteral("seed"), qint64(e.seed)},
        {QStringLiteral("startedAt"), isoUtc(e.attemptStartedAt)},
    };
    return {{QStringLiteral("registration"), e.attemptId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("extensions"),
             QJsonObject{{QLatin1String(XapiExporter::kAttemptExtension), attempt}}}};
}

} // namespace

XapiExporter::XapiExporter(ProgressDatabase &db) : m_db(db) {}

QString XapiExporter::isoDuration(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return QStringLiteral("PT0S");
    const qint64 hours = milliseconds / 3'600'000;
    const qint64 minutes = milliseconds / 60'000 % 60;
    const qint64 ms = milliseconds % 60'000;
    QString text = QStringLiteral("PT");
    if (hours)
        text += QString::number(hours) + QLatin1Char('H');
    if (minutes)
        text += QString::number(minutes) + QLatin1Char('M');
    if (ms) {
        text += QString::number(ms / 1000);
        if (ms % 1000)
            text += QLatin1Char('.') + QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
        text += QLatin1Char('S');
    }
    return text;
}

QJsonObject XapiExporter::statement(const Profile &profile, const RecordEvent &e)
{
    QJsonObject s{
        {QStringLiteral("id"), e.statementId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("version"), xapi::kXapiVersion},
        {QStringLiteral("timestamp"), isoUtc(e.at)},
        {QStringLiteral("actor"),
         QJsonObject{
             {QStringLiteral("objectType"), QStringLiteral("Agent")},
             {QStringLiteral("name"), profile.name},
             {QStringLiteral("account"),
              QJsonObject{{QStringLiteral("homePage"), QLatin1String(kAccountHomePage)},
                          {QStringLiteral("name"), profile.uuid.toString(QUuid::WithoutBraces)}}}}},
    };
    QJsonObject result;
    switch (e.kind) {
    case RecordKind::Opened:
        s.insert(QStringLiteral("verb"), verb(xapi::kExperienced));
        s.insert(QStringLiteral("object"), activity(e, {}));
        break;
    case RecordKind::ActiveTime:
        s.insert(QStringLiteral("verb"), verb(xapi::kExperienced));
        s.insert(QStringLiteral("object"), activity(e, {}));
        result.insert(QStringLiteral("duration"), isoDuration(e.seconds * 1000));
        break;
    case RecordKind::Completed:
        s.insert(QStringLiteral("verb"), verb(xapi::kCompleted));
        s.insert(QStringLiteral("object"), activity(e, {}));
        result.insert(QStringLiteral("completion"), true);
        result.insert(
            QStringLiteral("extensions"),
            QJsonObject{{xapi::kCompletedByExtension, completionSourceName(e.completedBy)}});
        break;
    case RecordKind::Answered:
        s.insert(QStringLiteral("verb"), verb(xapi::kAnswered));
        s.insert(QStringLiteral("object"), activity(e, xapi::kActivityInteraction));
        s.insert(QStringLiteral("context"), attemptContext(e));
        result.insert(QStringLiteral("score"), QJsonObject{{QStringLiteral("scaled"), e.fraction}});
        result.insert(QStringLiteral("success"), e.correct);
        result.insert(QStringLiteral("completion"), true);
        result.insert(QStringLiteral("response"),
                      QString::fromUtf8(QJsonDocument(e.response).toJson(QJsonDocument::Compact)));
        break;
    case RecordKind::AttemptFinished:
        s.insert(QStringLiteral("verb"), verb(e.passed ? xapi::kPassed : xapi::kFailed));
        s.insert(QStringLiteral("object"), activity(e, xapi::kActivityAssessment));
        s.insert(QStringLiteral("context"), attemptContext(e));
        result.insert(QStringLiteral("score"),
                      QJsonObject{{QStringLiteral("scaled"), e.percent / 100.0},
                                  {QStringLiteral("raw"), e.earned},
                                  {QStringLiteral("min"), 0},
                                  {QStringLiteral("max"), e.available}});
        result.insert(QStringLiteral("success"), e.passed);
        result.insert(QStringLiteral("completion"), true);
        if (e.attemptStartedAt.isValid() && e.attemptStartedAt <= e.at)
            result.insert(QStringLiteral("duration"),
                          isoDuration(e.attemptStartedAt.msecsTo(e.at)));
        break;
    }
    if (!result.isEmpty())
        s.insert(QStringLiteral("result"), result);
    return s;
}

Result<QJsonArray> XapiExporter::statements(qint64 profileId) const
{
    auto profile = ProfileStore(m_db).profile(profileId);
    if (!profile)
        return profile.error();
    auto events = LearningRecord(m_db).events(profileId);
    if (!events)
        return events.error();
    QJsonArray array;
    for (const RecordEvent &e : *events)
        array.append(statement(*profile, e));
    return array;
}

Result<QByteArray> XapiExporter::exportJson(qint64 profileId) const
{
    auto array = statements(profileId);
    if (!array)
        return array.error();
    return QJsonDocument(*array).toJson(QJsonDocument::Indented);
}

} // namespace oht::progress
