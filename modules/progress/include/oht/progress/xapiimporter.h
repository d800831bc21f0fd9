#pragma once

#include "oht/core/result.h"
#include "oht/progress/learningrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace oht::progress {

class ProgressDatabase;

/// Merges an xAPI record made by XapiExporter (here or on another computer) into a chosen
/// profile: all or nothing, no duplicates (statement ids; importing the same file twice
/// adds nothing the second time). The actor in the file is not used: the learner chooses
/// the profile.
///
/// Every statement is checked first; the first bad one refuses the whole file with an
/// InvalidInput error "progress.xapi-invalid" whose message names its index (from 0).
class XapiImporter
{
public:
    /// Files larger than this are refused before parsing.
    static constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;

    explicit XapiImporter(ProgressDatabase &db);

    Result<MergeReport> importJson(qint64 profileId, const QByteArray &json);

    /// The checks and the conversion, without the database (for tests and previews).
    static Result<QList<RecordEvent>> parse(const QByteArray &json);
    /// One statement; `error` says what is wrong when it returns false.
    static bool toEvent(const QJsonObject &statement, RecordEvent &event, QString &error);

private:
    ProgressDatabase &m_db;
};

} // namespace oht::progress
