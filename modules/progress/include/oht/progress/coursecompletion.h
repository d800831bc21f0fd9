#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace oht::progress {

/// Done/total for one module of the current outline.
struct ModuleCompletion
{
    QString moduleId;
    QString title;
    int total = 0;
    int done = 0;
    double percent() const { return total > 0 ? 100.0 * done / total : 0.0; }
};

/// A course's completion against its CURRENT manifest: a lesson counts when completed, a
/// quiz when passed (on any version of it). Items an update removed are not counted; their
/// history stays in the record.
struct CourseCompletion
{
    QString packId;
    QString version; ///< installed version
    QString title;
    int total = 0;
    int done = 0;
    int lessonsTotal = 0;
    int lessonsDone = 0;
    int quizzesTotal = 0;
    int quizzesPassed = 0;
    QList<ModuleCompletion> modules; ///< in outline order
    /// When the last missing item was done (UTC); valid only when isComplete().
    QDateTime completedAt;

    double percent() const { return total > 0 ? 100.0 * done / total : 0.0; }
    bool isComplete() const { return total > 0 && done == total; }
};

/// One finished attempt, for the score history chart.
struct ScorePoint
{
    QUuid attemptId;
    QString itemId;
    QString itemTitle;    ///< empty when an update removed the quiz
    QDateTime finishedAt; ///< UTC
    double percent = 0.0;
    bool passed = false;
    bool olderVersion = false;
};

} // namespace oht::progress
