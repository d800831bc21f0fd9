#include "oht/progress/activitystats.h"

#include "oht/progress/progressdatabase.h"
#include "oht/storage/sqlitedatabase.h"

#include <QMap>
#include <algorithm>

namespace oht::progress {

namespace {

// Times are grouped in SQL into 15-minute UTC buckets and only the buckets are turned into
// local dates here: every time zone in use is a whole number of quarter hours from UTC,
// so a bucket never straddles a local midnight, and a busy record costs at most 96 rows
// a day instead of one per event.
constexpr qint64 kBucketMs = 15 * 60 * 1000;

} // namespace

ActivityStats::ActivityStats(ProgressDatabase &db, QTimeZone zone)
    : m_db(db), m_zone(std::move(zone))
{}

WeekTime ActivityStats::weekOf(const QDate &day)
{
    WeekTime week;
    week.isoWeek = day.weekNumber(&week.isoYear);
    week.monday = day.addDays(1 - day.dayOfWeek());
    return week;
}

StudyStreak ActivityStats::streakFromDays(QList<QDate> days, const QDate &today)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    // A clock set wrong may have left days in the future; they cannot extend a streak.
    days.erase(std::remove_if(days.begin(), days.end(),
                              [&](const QDate &d) { return !d.isValid() || d > today; }),
               days.end());
    StudyStreak streak;
    if (days.isEmpty())
        return streak;
    int run = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        run = (i > 0 && days[i - 1].daysTo(days[i]) == 1) ? run + 1 : 1;
        streak.longest = std::max(streak.longest, run);
    }
    streak.lastActiveDay = days.last();
    streak.activeToday = days.last() == today;
    // `run` is now the run ending on the last active day; it counts while it reaches
    // today or yesterday.
    streak.current = days.last().daysTo(today) <= 1 ? run : 0;
    return streak;
}

Result<QList<WeekTime>> ActivityStats::weeklyTime(qint64 profileId, const QString &packId) const
{
    QVariantList values{kBucketMs, profileId};
    if (!packId.isEmpty())
        values << packId;
    auto q =
        m_db.sql().query(QStringLiteral("SELECT at / ?, sum(seconds) FROM events WHERE "
                                        "profile_id = ? AND kind = 'time' %1 GROUP BY 1")
                             .arg(packId.isEmpty() ? QString() : QStringLiteral("AND pack_id = ?")),
                         values);
    if (!q)
        return q.error();
    QMap<QDate, WeekTime> weeks; // by Monday, so oldest first
    while (q->next()) {
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong() * kBucketMs, m_zone).date();
        const WeekTime week = weekOf(day);
        auto it = weeks.find(week.monday);
        if (it == weeks.end())
            it = weeks.insert(week.monday, week);
        it->seconds += q->value(1).toLongLong();
    }
    return weeks.values();
}

Result<QList<QDate>> ActivityStats::activeDays(qint64 profileId) const
{
    auto q = m_db.sql().query(
        QStringLiteral("SELECT at / ? FROM events WHERE profile_id = ? "
                       "UNION SELECT started_at / ? FROM attempts WHERE profile_id = ? "
                       "UNION SELECT finished_at / ? FROM attempts WHERE profile_id = ? AND "
                       "finished_at IS NOT NULL "
                       "UNION SELECT n.answered_at / ? FROM answers n JOIN attempts a ON a.id = "
                       "n.attempt_id WHERE a.profile_id = ?"),
        {kBucketMs, profileId, kBucketMs, profileId, kBucketMs, profileId, kBucketMs, profileId});
    if (!q)
        return q.error();
    QList<QDate> days;
    while (q->next())
        days.append(
            QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong() * kBucketMs, m_zone).date());
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

Result<StudyStreak> ActivityStats::streak(qint64 profileId, const QDate &today) const
{
    auto days = activeDays(profileId);
    if (!days)
        return days.error();
    return streakFromDays(*days, today);
}

} // namespace oht::progress
