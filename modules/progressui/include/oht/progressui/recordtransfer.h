#pragma once

#include "oht/core/result.h"
#include "oht/progress/learningrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace oht::progress {
class ProgressDatabase;
}

namespace oht::progressui {

/// Saves a learner's record to a file (xAPI JSON or CSV) and merges an xAPI file back,
/// with messages that name the file. Files are written atomically, so a failed export never
/// leaves half a record behind.
class RecordTransfer
{
    Q_DECLARE_TR_FUNCTIONS(oht::progressui::RecordTransfer)

public:
    explicit RecordTransfer(progress::ProgressDatabase &db);

    /// The number of statements written.
    Result<int> exportXapi(qint64 profileId, const QString &path) const;
    Result<void> exportCsv(qint64 profileId, const QString &path) const;
    Result<progress::MergeReport> importXapi(qint64 profileId, const QString &path);

    /// "<prefix>-<name>-<date>.<extension>", e.g. "learning-record-ana-2026-03-02.json": a
    /// name every file system accepts.
    static QString suggestedFileName(const QString &prefix, const QString &name,
                                     const QString &extension, const QDate &date);

private:
    progress::ProgressDatabase &m_db;
};

} // namespace oht::progressui
