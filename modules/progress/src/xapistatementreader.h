#pragma once

#include "oht/progress/recordevent.h"

#include <QJsonObject>
#include <QString>

namespace oht::progress {

/// Turns one xAPI statement written by XapiExporter back into a RecordEvent, checking
/// every field it uses. Errors are translated and name the field.
class XapiStatementReader
{
public:
    bool read(const QJsonObject &statement, RecordEvent &event);
    QString error() const { return m_error; }

    /// ISO 8601 duration with days, hours, minutes and (fractional) seconds ("PT1H2M3.5S").
    static bool parseDuration(const QString &text, qint64 &milliseconds);

private:
    bool fail(const QString &message);
    bool readObject(const QJsonObject &statement, RecordEvent &event, bool isAnswer);
    bool readAttempt(const QJsonObject &statement, RecordEvent &event);
    bool readScaled(const QJsonObject &result, double &scaled);
    bool readTime(const QJsonValue &value, const QString &field, QDateTime &time);

    QString m_error;
};

} // namespace oht::progress
