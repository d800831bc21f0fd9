#include "oht/progress/xapiimporter.h"

#include "xapistatementreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace oht::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::XapiImporter", text);
}

Error invalid(const QString &message)
{
    return Error::invalid(QStringLiteral("progress.xapi-invalid"), message);
}

} // namespace

XapiImporter::XapiImporter(ProgressDatabase &db) : m_db(db) {}

bool XapiImporter::toEvent(const QJsonObject &statement, RecordEvent &event, QString &error)
{
    XapiStatementReader reader;
    if (reader.read(statement, event))
        return true;
    error = reader.error();
    return false;
}

Result<QList<RecordEvent>> XapiImporter::parse(const QByteArray &json)
{
    if (json.size() > kMaxBytes)
        return invalid(tr("The learning record is too large (%1 MiB; at most %2 MiB).")
                           .arg(json.size() / (1024 * 1024))
                           .arg(kMaxBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The learning record is not valid JSON: %1 (at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isArray())
        return invalid(tr("The learning record must be a JSON array of xAPI statements."));
    const QJsonArray array = doc.array();
    QList<RecordEvent> events;
    events.reserve(array.size());
    XapiStatementReader reader;
    for (qsizetype i = 0; i < array.size(); ++i) {
        RecordEvent event;
        if (!array.at(i).isObject())
            return invalid(tr("Statement %1 of the learning record is not a JSON object.").arg(i));
        if (!reader.read(array.at(i).toObject(), event))
            return invalid(tr("Statement %1 of the learning record is invalid: %2")
                               .arg(i)
                               .arg(reader.error()));
        events.append(event);
    }
    return events;
}

Result<MergeReport> XapiImporter::importJson(qint64 profileId, const QByteArray &json)
{
    // Everything is checked before the first write; the merge itself is one transaction.
    auto events = parse(json);
    if (!events)
        return events.error();
    return LearningRecord(m_db).merge(profileId, *events);
}

} // namespace oht::progress
