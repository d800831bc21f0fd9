#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace oht::progress {

class ProgressDatabase;

/// The learner's record as CSV (RFC 4180: CRLF line ends, fields with a comma, quote, CR
/// or LF quoted, quotes doubled), one row per event, UTF-8 with a header row:
/// timestamp, learner, pack_id, item_id, question_id, event, attempt_id, pack_version,
/// seconds, fraction, correct, score_percent, passed, completed_by, response, statement_id.
/// Free-text cells starting with = + - @ get a leading ' so spreadsheets show them as text.
class CsvExporter
{
public:
    explicit CsvExporter(ProgressDatabase &db);

    Result<QByteArray> exportCsv(qint64 profileId) const;

    static QStringList header();
    /// One field, quoted when RFC 4180 needs it.
    static QString field(const QString &value);
    /// A free-text field: field(), after defusing spreadsheet formulas.
    static QString textField(const QString &value);
    static QByteArray row(const QStringList &fields);

private:
    ProgressDatabase &m_db;
};

} // namespace oht::progress
