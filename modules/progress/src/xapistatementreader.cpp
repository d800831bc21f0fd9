#include "xapistatementreader.h"

#include "completionsource.h"
#include "oht/core/semver.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/xapiexporter.h"
#include "progresserrors.h"
#include "xapivocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace oht::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::XapiStatementReader", text);
}

QUuid uuidFrom(const QJsonValue &value)
{
    return value.isString() ? QUuid::fromString(value.toString()) : QUuid();
}

} // namespace

bool XapiStatementReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool XapiStatementReader::parseDuration(const QString &text, qint64 &milliseconds)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const auto m = pattern.match(text);
    if (!m.hasMatch() || text == QLatin1String("P") || text.endsWith(QLatin1Char('T')))
        return false;
    const double total = m.captured(1).toDouble() * 86400 + m.captured(2).toDouble() * 3600 +
                         m.captured(3).toDouble() * 60 + m.captured(4).toDouble();
    if (!std::isfinite(total) || total > 1e12)
        return false;
    milliseconds = qint64(std::llround(total * 1000));
    return true;
}

bool XapiStatementReader::readTime(const QJsonValue &value, const QString &field, QDateTime &time)
{
    const QString text = value.toString();
    // An offset or Z is required: a time without one would depend on this computer's zone.
    static const QRegularExpression zoned(QStringLiteral(R"((Z|[+-]\d\d:?\d\d)$)"));
    time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid() || !zoned.match(text).hasMatch())
        return fail(tr("%1 is not an ISO 8601 date and time with a time zone.").arg(field));
    time = time.toUTC();
    return true;
}

bool XapiStatementReader::readObject(const QJsonObject &s, RecordEvent &e, bool isAnswer)
{
    const QString id =
        s.value(QLatin1String("object")).toObject().value(QLatin1String("id")).toString();
    const QString base = QLatin1String(XapiExporter::kActivityBase);
    if (!id.startsWith(base))
        return fail(tr("object.id must start with %1.").arg(base));
    QString rest = id.mid(base.size());
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    if (isAnswer != (hash >= 0))
        return fail(isAnswer ? tr("object.id of an answer must end with #<question id>.")
                             : tr("object.id must not name a question here."));
    if (isAnswer) {
        e.questionId = rest.mid(hash + 1);
        rest.truncate(hash);
        if (!Errors::isItemId(e.questionId))
            return fail(tr("object.id names an invalid question id."));
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    e.packId = rest.left(slash);
    e.itemId = slash < 0 ? QString() : rest.mid(slash + 1);
    if (!Errors::isPackId(e.packId) || !Errors::isItemId(e.itemId))
        return fail(tr("object.id must be %1<pack id>/<item id>.").arg(base));
    return true;
}

bool XapiStatementReader::readAttempt(const QJsonObject &s, RecordEvent &e)
{
    const QJsonObject context = s.value(QLatin1String("context")).toObject();
    e.attemptId = uuidFrom(context.value(QLatin1String("registration")));
    if (e.attemptId.isNull())
        return fail(tr("context.registration (the attempt id) must be a UUID."));
    const QJsonObject a = context.value(QLatin1String("extensions"))
                              .toObject()
                              .value(QLatin1String(XapiExporter::kAttemptExtension))
                              .toObject();
    if (a.isEmpty())
        return fail(tr("The attempt extension %1 is missing.")
                        .arg(QLatin1String(XapiExporter::kAttemptExtension)));
    e.packVersion = a.value(QLatin1String("packVersion")).toString();
    if (!SemVer::parse(e.packVersion))
        return fail(tr("The attempt's packVersion is not a semantic version."));
    e.quizSha256 = a.value(QLatin1String("quizSha256")).toString().toLatin1();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(QString::fromLatin1(e.quizSha256)).hasMatch())
        return fail(tr("The attempt's quizSha256 must be 64 lower-case hex digits."));
    const QString mode = a.value(QLatin1String("mode")).toString();
    if (mode != QLatin1String("immediate") && mode != QLatin1String("exam"))
        return fail(tr("The attempt's mode must be \"immediate\" or \"exam\"."));
    e.mode = mode == QLatin1String("exam") ? packformat::QuizMode::Exam
                                           : packformat::QuizMode::Immediate;
    const double seed = a.value(QLatin1String("seed")).toDouble(-1);
    if (seed < 0 || seed > 4294967295.0 || seed != std::floor(seed))
        return fail(tr("The attempt's seed must be a whole number from 0 to 4294967295."));
    e.seed = quint32(seed);
    return readTime(a.value(QLatin1String("startedAt")), tr("The attempt's startedAt"),
                    e.attemptStartedAt);
}

bool XapiStatementReader::readScaled(const QJsonObject &result, double &scaled)
{
    const QJsonValue v =
        result.value(QLatin1String("score")).toObject().value(QLatin1String("scaled"));
    scaled = v.toDouble(-1);
    if (!v.isDouble() || scaled < 0 || scaled > 1)
        return fail(tr("result.score.scaled must be a number from 0 to 1."));
    return true;
}

bool XapiStatementReader::read(const QJsonObject &s, RecordEvent &e)
{
    e = RecordEvent();
    e.statementId = uuidFrom(s.value(QLatin1String("id")));
    if (e.statementId.isNull())
        return fail(tr("id must be a UUID."));
    const QString verbId =
        s.value(QLatin1String("verb")).toObject().value(QLatin1String("id")).toString();
    const QString verb =
        verbId.startsWith(xapi::kVerbBase) ? verbId.mid(xapi::kVerbBase.size()) : QString();
    if (!readTime(s.value(QLatin1String("timestamp")), QStringLiteral("timestamp"), e.at))
        return false;
    const QJsonObject result = s.value(QLatin1String("result")).toObject();
    if (verb == xapi::kExperienced) {
        if (!readObject(s, e, false))
            return false;
        e.kind = RecordKind::Opened;
        if (result.contains(QLatin1String("duration"))) {
            qint64 ms = 0;
            if (!parseDuration(result.value(QLatin1String("duration")).toString(), ms) ||
                ms < 1000 || ms > EventRecorder::kMaxActiveSeconds * 1000)
                return fail(tr("result.duration must be an ISO 8601 duration from 1 second to 1 "
                               "day."));
            e.kind = RecordKind::ActiveTime;
            e.seconds = ms / 1000;
        }
        return true;
    }
    if (verb == xapi::kCompleted) {
        if (!readObject(s, e, false))
            return false;
        e.kind = RecordKind::Completed;
        const QJsonValue by =
            result.value(QLatin1String("extensions")).toObject().value(xapi::kCompletedByExtension);
        e.completedBy =
            by.isString() ? completionSourceFrom(by.toString()) : CompletionSource::Imported;
        return true;
    }
    if (verb == xapi::kAnswered) {
        e.kind = RecordKind::Answered;
        if (!readObject(s, e, true) || !readAttempt(s, e) || !readScaled(result, e.fraction))
            return false;
        const QJsonValue success = result.value(QLatin1String("success"));
        if (!success.isBool())
            return fail(tr("result.success must be true or false."));
        e.correct = success.toBool();
        QJsonParseError parseError;
        const QJsonDocument response = QJsonDocument::fromJson(
            result.value(QLatin1String("response")).toString().toUtf8(), &parseError);
        if (!result.value(QLatin1String("response")).isString() || !response.isObject())
            return fail(tr("result.response must be the answer as a JSON object in a string."));
        e.response = response.object();
        return true;
    }
    if (verb == xapi::kPassed || verb == xapi::kFailed) {
        e.kind = RecordKind::AttemptFinished;
        if (!readObject(s, e, false) || !readAttempt(s, e))
            return false;
        double scaled = 0;
        if (!readScaled(result, scaled))
            return false;
        const QJsonObject score = result.value(QLatin1String("score")).toObject();
        e.percent = scaled * 100.0;
        e.earned = score.value(QLatin1String("raw")).toDouble(-1);
        e.available = score.value(QLatin1String("max")).toDouble(-1);
        if (e.available <= 0 || e.earned < 0 || e.earned > e.available)
            return fail(tr("result.score needs raw and max with 0 ≤ raw ≤ max and max > 0."));
        e.passed = verb == xapi::kPassed;
        if (result.value(QLatin1String("success")).toBool(!e.passed) != e.passed)
            return fail(tr("result.success contradicts the verb."));
        return true;
    }
    return fail(tr("verb.id must be one of the ADL verbs completed, passed, failed, answered, "
                   "experienced."));
}

} // namespace oht::progress
