#include "oht/progress/csvexporter.h"

#include "completionsource.h"
#include "oht/progress/learningrecord.h"
#include "oht/progress/profilestore.h"
#include "timeutil.h"

#include <QJsonDocument>

namespace oht::progress {

namespace {

QString eventName(const RecordEvent &e)
{
    switch (e.kind) {
    case RecordKind::Opened:
        return QStringLiteral("opened");
    case RecordKind::ActiveTime:
        return QStringLiteral("active-time");
    case RecordKind::Completed:
        return QStringLiteral("completed");
    case RecordKind::Answered:
        return QStringLiteral("answered");
    case RecordKind::AttemptFinished:
        return e.passed ? QStringLiteral("passed") : QStringLiteral("failed");
    }
    return {};
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

CsvExporter::CsvExporter(ProgressDatabase &db) : m_db(db) {}

QStringList CsvExporter::header()
{
    return {QStringLiteral("timestamp"),   QStringLiteral("learner"),
            QStringLiteral("pack_id"),     QStringLiteral("item_id"),
            QStringLiteral("question_id"), QStringLiteral("event"),
            QStringLiteral("attempt_id"),  QStringLiteral("pack_version"),
            QStringLiteral("seconds"),     QStringLiteral("fraction"),
            QStringLiteral("correct"),     QStringLiteral("score_percent"),
            QStringLiteral("passed"),      QStringLiteral("completed_by"),
            QStringLiteral("response"),    QStringLiteral("statement_id")};
}

QString CsvExporter::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExporter::textField(const QString &value)
{
    // A cell starting with = + - @ (or a tab/CR) is a formula to spreadsheet programs.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && triggers.contains(value.front()))
        return field(QLatin1Char('\'') + value);
    return field(value);
}

QByteArray CsvExporter::row(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

Result<QByteArray> CsvExporter::exportCsv(qint64 profileId) const
{
    auto profile = ProfileStore(m_db).profile(profileId);
    if (!profile)
        return profile.error();
    auto events = LearningRecord(m_db).events(profileId);
    if (!events)
        return events.error();
    QByteArray csv = row(header());
    for (const RecordEvent &e : *events) {
        const bool attempt =
            e.kind == RecordKind::Answered || e.kind == RecordKind::AttemptFinished;
        const bool finished = e.kind == RecordKind::AttemptFinished;
        const bool answered = e.kind == RecordKind::Answered;
        csv += row({
            isoUtc(e.at),
            textField(profile->name),
            field(e.packId),
            field(e.itemId),
            field(e.questionId),
            eventName(e),
            attempt ? e.attemptId.toString(QUuid::WithoutBraces) : QString(),
            field(attempt ? e.packVersion : QString()),
            e.kind == RecordKind::ActiveTime ? QString::number(e.seconds) : QString(),
            answered ? number(e.fraction) : QString(),
            answered ? boolean(e.correct) : QString(),
            finished ? number(e.percent) : QString(),
            finished ? boolean(e.passed) : QString(),
            e.kind == RecordKind::Completed ? completionSourceName(e.completedBy) : QString(),
            answered ? textField(QString::fromUtf8(
                           QJsonDocument(e.response).toJson(QJsonDocument::Compact)))
                     : QString(),
            e.statementId.toString(QUuid::WithoutBraces),
        });
    }
    return csv;
}

} // namespace oht::progress
