#pragma once

#include "oht/core/result.h"
#include "oht/progress/attemptrecord.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace oht::storage {
class SqliteDatabase;
}

namespace oht::progress {

/// Reading and writing attempt rows, shared by AttemptStore and the record merger.
namespace AttemptRows {

/// The columns fromQuery() reads, in order, from `attempts a`; column 0 is the row id.
QString columns();
AttemptRecord fromQuery(const QSqlQuery &query);

QString modeName(packformat::QuizMode mode);
packformat::QuizMode modeFrom(const QString &name);
QString statusName(AttemptStatus status);
AttemptStatus statusFrom(const QString &name);

Result<QList<AnswerRecord>> answers(storage::SqliteDatabase &db, qint64 attemptRowId);

/// Inserts an attempt row (status and score from `record`); returns its row id.
Result<qint64> insert(storage::SqliteDatabase &db, const AttemptRecord &record,
                      const QVariant &statementId);

} // namespace AttemptRows

} // namespace oht::progress
