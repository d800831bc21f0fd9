#include "oht/progress/profilestore.h"

#include "oht/progress/progressdatabase.h"
#include "oht/storage/sqlitedatabase.h"
#include "oht/storage/transaction.h"
#include "pinhasher.h"
#include "progresserrors.h"
#include "timeutil.h"

#include <QCoreApplication>

namespace oht::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::ProfileStore", text);
}

const QString kLastProfileKey = QStringLiteral("last_profile");
const QString kColumns = QStringLiteral("id, uuid, name, pin_hash IS NOT NULL, created_at");

Profile profileFrom(const QSqlQuery &q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.uuid = QUuid::fromString(q.value(1).toString());
    p.name = q.value(2).toString();
    p.hasPin = q.value(3).toBool();
    p.createdAt = fromDb(q.value(4));
    return p;
}

/// Case-insensitive key for uniqueness: full Unicode case folding ("Straße" = "STRASSE").
QString nameKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

Error nameTaken(const QString &name)
{
    return Error::invalid(QStringLiteral("progress.name-taken"),
                          tr("There is already a learner called \"%1\".").arg(name));
}

} // namespace

ProfileStore::ProfileStore(ProgressDatabase &db, Clock clock) : m_db(db), m_clock(std::move(clock))
{}

Result<QString> ProfileStore::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("progress.name-empty"),
                              tr("Enter a name for the learner."));
    if (trimmed.size() > kMaxNameLength)
        return Error::invalid(
            QStringLiteral("progress.name-too-long"),
            tr("A learner's name can have at most %1 characters.").arg(kMaxNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::invalid(QStringLiteral("progress.name-invalid"),
                                  tr("A learner's name cannot contain control characters."));
    }
    return trimmed;
}

Result<void> ProfileStore::validatePin(const QString &pin)
{
    bool digits = !pin.isEmpty();
    for (const QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits || pin.size() < kMinPinLength || pin.size() > kMaxPinLength)
        return Error::invalid(
            QStringLiteral("progress.pin-invalid"),
            tr("A PIN is %1 to %2 digits.").arg(kMinPinLength).arg(kMaxPinLength));
    return {};
}

Result<Profile> ProfileStore::create(const QString &name, const QString &pin)
{
    auto valid = validateName(name);
    if (!valid)
        return valid.error();
    QVariant pinHash(QMetaType::fromType<QString>());
    if (!pin.isEmpty()) {
        if (auto r = validatePin(pin); !r)
            return r.error();
        // Hashed before the write lock is taken: it takes a noticeable moment.
        auto hashed = PinHasher::hash(pin);
        if (!hashed)
            return hashed.error();
        pinHash = QString::fromLatin1(*hashed);
    }
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto clash =
        db.scalar(QStringLiteral("SELECT 1 FROM profiles WHERE name_key = ?"), {nameKey(*valid)});
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return nameTaken(*valid);
    Profile p;
    p.uuid = QUuid::createUuid();
    p.name = *valid;
    p.hasPin = !pin.isEmpty();
    p.createdAt = fromDb(toDb(m_clock())); // millisecond precision, as stored
    auto q = db.query(QStringLiteral("INSERT INTO profiles (uuid, name, name_key, pin_hash, "
                                     "created_at) VALUES (?, ?, ?, ?, ?)"),
                      {p.uuid.toString(QUuid::WithoutBraces), p.name, nameKey(p.name), pinHash,
                       toDb(p.createdAt)});
    if (!q)
        return q.error();
    p.id = q->lastInsertId().toLongLong();
    if (auto r = tx.commit(); !r)
        return r.error();
    return p;
}

Result<void> ProfileStore::rename(qint64 profileId, const QString &newName)
{
    auto valid = validateName(newName);
    if (!valid)
        return valid.error();
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto clash = db.scalar(QStringLiteral("SELECT 1 FROM profiles WHERE name_key = ? AND id <> ?"),
                           {nameKey(*valid), profileId});
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return nameTaken(*valid);
    auto q = db.query(QStringLiteral("UPDATE profiles SET name = ?, name_key = ? WHERE id = ?"),
                      {*valid, nameKey(*valid), profileId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Errors::unknownProfile(profileId);
    return tx.commit();
}

Result<QList<Profile>> ProfileStore::list() const
{
    auto q = m_db.sql().query(
        QStringLiteral("SELECT %1 FROM profiles ORDER BY name_key, id").arg(kColumns));
    if (!q)
        return q.error();
    QList<Profile> profiles;
    while (q->next())
        profiles.append(profileFrom(*q));
    return profiles;
}

Result<Profile> ProfileStore::profile(qint64 profileId) const
{
    auto q = m_db.sql().query(QStringLiteral("SELECT %1 FROM profiles WHERE id = ?").arg(kColumns),
                              {profileId});
    if (!q)
        return q.error();
    if (!q->next())
        return Errors::unknownProfile(profileId);
    return profileFrom(*q);
}

Result<Profile> ProfileStore::profileByUuid(const QUuid &uuid) const
{
    auto q =
        m_db.sql().query(QStringLiteral("SELECT %1 FROM profiles WHERE uuid = ?").arg(kColumns),
                         {uuid.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(
            QStringLiteral("progress.unknown-profile"),
            tr("There is no learner profile %1.").arg(uuid.toString(QUuid::WithoutBraces)));
    return profileFrom(*q);
}

Result<void> ProfileStore::remove(qint64 profileId)
{
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    // Everything else goes by ON DELETE CASCADE, in this same transaction.
    auto q = db.query(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {profileId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Errors::unknownProfile(profileId);
    if (auto r = db.query(QStringLiteral("DELETE FROM settings WHERE key = ? AND value = ?"),
                          {kLastProfileKey, QString::number(profileId)});
        !r)
        return r.error();
    return tx.commit();
}

Result<void> ProfileStore::setPin(qint64 profileId, const QString &pin)
{
    QVariant pinHash(QMetaType::fromType<QString>());
    if (!pin.isEmpty()) {
        if (auto r = validatePin(pin); !r)
            return r;
        auto hashed = PinHasher::hash(pin);
        if (!hashed)
            return hashed.error();
        pinHash = QString::fromLatin1(*hashed);
    }
    auto q = m_db.sql().query(QStringLiteral("UPDATE profiles SET pin_hash = ? WHERE id = ?"),
                              {pinHash, profileId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Errors::unknownProfile(profileId);
    return {};
}

Result<bool> ProfileStore::checkPin(qint64 profileId, const QString &pin) const
{
    auto q =
        m_db.sql().query(QStringLiteral("SELECT pin_hash FROM profiles WHERE id = ?"), {profileId});
    if (!q)
        return q.error();
    if (!q->next())
        return Errors::unknownProfile(profileId);
    if (q->value(0).isNull())
        return true;
    return PinHasher::verify(q->value(0).toString().toLatin1(), pin);
}

Result<void> ProfileStore::setLastUsed(qint64 profileId)
{
    auto &db = m_db.sql();
    storage::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto exists = db.scalar(QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"), {profileId});
    if (!exists)
        return exists.error();
    if (!exists->isValid())
        return Errors::unknownProfile(profileId);
    if (auto r = db.query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                         "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {kLastProfileKey, QString::number(profileId)});
        !r)
        return r.error();
    return tx.commit();
}

Result<std::optional<Profile>> ProfileStore::lastUsed() const
{
    auto q = m_db.sql().query(QStringLiteral("SELECT %1 FROM profiles WHERE id = (SELECT CAST("
                                             "value AS INTEGER) FROM settings WHERE key = ?)")
                                  .arg(kColumns),
                              {kLastProfileKey});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Profile>();
    return std::optional<Profile>(profileFrom(*q));
}

} // namespace oht::progress
