#include "oht/progress/courseprogress.h"

#include "oht/library/library.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressdatabase.h"
#include "oht/storage/sqlitedatabase.h"
#include "timeutil.h"

#include <QHash>
#include <QSet>

namespace oht::progress {

namespace {

/// When each item was done: lessons by completion, quizzes by their first pass.
Result<QHash<QString, QDateTime>> doneTimes(storage::SqliteDatabase &db, qint64 profileId,
                                            const QString &packId)
{
    QHash<QString, QDateTime> done;
    auto q = db.query(QStringLiteral("SELECT item_id, completed_at FROM item_state WHERE "
                                     "profile_id = ? AND pack_id = ? AND completed_at IS NOT NULL"),
                      {profileId, packId});
    if (!q)
        return q.error();
    while (q->next())
        done.insert(QLatin1String("lesson:") + q->value(0).toString(), fromDb(q->value(1)));
    q = db.query(QStringLiteral("SELECT item_id, min(finished_at) FROM attempts WHERE profile_id = "
                                "? AND pack_id = ? AND status = 'finished' AND passed = 1 GROUP "
                                "BY item_id"),
                 {profileId, packId});
    if (!q)
        return q.error();
    while (q->next())
        done.insert(QLatin1String("quiz:") + q->value(0).toString(), fromDb(q->value(1)));
    return done;
}

} // namespace

CourseProgress::CourseProgress(ProgressDatabase &db, const library::Library &library)
    : m_db(db), m_library(library)
{}

Result<CourseCompletion> CourseProgress::completion(qint64 profileId, const QString &packId) const
{
    // The outline tables, not the manifest: no JSON to parse for a 2,000-item course.
    auto pack = m_library.pack(packId);
    if (!pack)
        return pack.error();
    auto outline = m_library.outline(packId);
    if (!outline)
        return outline.error();
    auto done = doneTimes(m_db.sql(), profileId, packId);
    if (!done)
        return done.error();
    CourseCompletion c;
    c.packId = packId;
    c.version = pack->version;
    c.title = pack->title;
    QDateTime last;
    for (const packformat::Module &module : *outline) {
        ModuleCompletion m{module.id, module.title, 0, 0};
        for (const packformat::OutlineItem &item : module.items) {
            const bool quiz = item.kind == packformat::ItemKind::Quiz;
            const auto it = done->constFind(
                (quiz ? QLatin1String("quiz:") : QLatin1String("lesson:")) + item.id);
            const bool isDone = it != done->constEnd();
            ++m.total;
            (quiz ? c.quizzesTotal : c.lessonsTotal) += 1;
            if (isDone) {
                ++m.done;
                (quiz ? c.quizzesPassed : c.lessonsDone) += 1;
                if (!last.isValid() || *it > last)
                    last = *it;
            }
        }
        c.total += m.total;
        c.done += m.done;
        c.modules.append(m);
    }
    if (c.isComplete())
        c.completedAt = last;
    return c;
}

Result<QList<ScorePoint>> CourseProgress::scoreHistory(qint64 profileId,
                                                       const QString &packId) const
{
    // Titles and current quiz hashes, looked up once per quiz that has attempts (usually
    // a few of a course's quizzes; reading the whole outline would cost more).
    struct Current
    {
        QString title;
        QByteArray sha;
    };
    QHash<QString, Current> current;
    auto lookup = [&](const QString &itemId) -> const Current & {
        auto it = current.find(itemId);
        if (it == current.end()) {
            Current c;
            if (auto item = m_library.item(packId, itemId);
                item && item->kind == packformat::ItemKind::Quiz) {
                c.title = item->title;
                if (auto sha = m_library.fileSha256(packId, item->file))
                    c.sha = *sha;
            }
            it = current.insert(itemId, c);
        }
        return *it;
    };
    auto q = m_db.sql().query(QStringLiteral("SELECT uuid, item_id, finished_at, percent, passed, "
                                             "quiz_sha256 FROM attempts WHERE profile_id = ? AND "
                                             "pack_id = ? AND status = 'finished' ORDER BY "
                                             "finished_at, id"),
                              {profileId, packId});
    if (!q)
        return q.error();
    QList<ScorePoint> points;
    while (q->next()) {
        ScorePoint p;
        p.attemptId = QUuid::fromString(q->value(0).toString());
        p.itemId = q->value(1).toString();
        const Current &now = lookup(p.itemId);
        p.itemTitle = now.title;
        p.finishedAt = fromDb(q->value(2));
        p.percent = q->value(3).toDouble();
        p.passed = q->value(4).toBool();
        p.olderVersion = !now.sha.isEmpty() && now.sha != q->value(5).toString().toLatin1();
        points.append(p);
    }
    return points;
}

Result<std::optional<CertificateRecord>>
CourseProgress::certificateRecord(qint64 profileId, const QString &packId) const
{
    auto c = completion(profileId, packId);
    if (!c)
        return c.error();
    if (!c->isComplete())
        return std::optional<CertificateRecord>();
    auto profile = ProfileStore(m_db).profile(profileId);
    if (!profile)
        return profile.error();
    // The best attempt (by percent) at each current quiz.
    auto q = m_db.sql().query(
        QStringLiteral("SELECT item_id, earned, available FROM attempts a WHERE profile_id = ? "
                       "AND pack_id = ? AND status = 'finished' AND id = (SELECT b.id FROM "
                       "attempts b WHERE b.profile_id = a.profile_id AND b.pack_id = a.pack_id "
                       "AND b.item_id = a.item_id AND b.status = 'finished' ORDER BY b.percent "
                       "DESC, b.finished_at, b.id LIMIT 1)"),
        {profileId, packId});
    if (!q)
        return q.error();
    auto outline = m_library.outline(packId);
    if (!outline)
        return outline.error();
    QSet<QString> currentQuizzes;
    for (const packformat::Module &module : *outline) {
        for (const packformat::OutlineItem &item : module.items) {
            if (item.kind == packformat::ItemKind::Quiz)
                currentQuizzes.insert(item.id);
        }
    }
    double earned = 0, available = 0;
    while (q->next()) {
        if (!currentQuizzes.contains(q->value(0).toString()))
            continue; // removed by an update: not part of the course any more
        earned += q->value(1).toDouble();
        available += q->value(2).toDouble();
    }
    CertificateRecord r;
    r.profileUuid = profile->uuid;
    r.learnerName = profile->name;
    r.packId = packId;
    r.courseTitle = c->title;
    r.version = c->version;
    r.completionDate = c->completedAt.toLocalTime().date();
    if (c->quizzesTotal > 0 && available > 0)
        r.scorePercent = 100.0 * earned / available;
    return std::optional<CertificateRecord>(r);
}

} // namespace oht::progress
