#pragma once

#include "oht/core/result.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace oht::progress {

class ProgressDatabase;

/// Active time in one ISO 8601 week (Monday to Sunday, local time).
struct WeekTime
{
    int isoYear = 0;
    int isoWeek = 0;
    QDate monday;
    qint64 seconds = 0;
};

/// Consecutive local days with any activity (opening, reading time, completing, answering).
struct StudyStreak
{
    /// Days in the run that ends today, or yesterday when nothing was done yet today (so
    /// the streak is not shown as broken in the morning).
    int current = 0;
    int longest = 0;
    bool activeToday = false;
    QDate lastActiveDay; ///< invalid when there was no activity at all
};

/// Time and streak figures, in a given time zone (the system's in the app; tests pass a
/// fixed one and a fixed "today").
class ActivityStats
{
public:
    explicit ActivityStats(ProgressDatabase &db, QTimeZone zone = QTimeZone::systemTimeZone());

    /// Active seconds per ISO week, oldest first, weeks without time left out. `packId`
    /// empty = every pack.
    Result<QList<WeekTime>> weeklyTime(qint64 profileId, const QString &packId = {}) const;
    Result<StudyStreak> streak(qint64 profileId, const QDate &today) const;
    /// Local days with activity, ascending.
    Result<QList<QDate>> activeDays(qint64 profileId) const;

    /// The pure maths, public for tests.
    static StudyStreak streakFromDays(QList<QDate> days, const QDate &today);
    static WeekTime weekOf(const QDate &day);

private:
    ProgressDatabase &m_db;
    QTimeZone m_zone;
};

} // namespace oht::progress
