#pragma once

#include "oht/core/result.h"
#include "oht/progress/clock.h"
#include "oht/progress/profile.h"

#include <QList>
#include <optional>

namespace oht::progress {

class ProgressDatabase;

/// Learner profiles: create, rename, list, delete, an optional PIN, the last one used.
///
/// Names are trimmed, 1–60 characters, unique ignoring case ("Ana" and "ANA" clash).
/// A PIN is 4–12 digits, stored only as a libsodium crypto_pwhash_str hash (Argon2id,
/// INTERACTIVE limits). It keeps siblings out of each other's records on a shared laptop;
/// it is not encryption: the records themselves are not encrypted.
class ProfileStore
{
public:
    static constexpr int kMaxNameLength = 60;
    static constexpr int kMinPinLength = 4;
    static constexpr int kMaxPinLength = 12;

    explicit ProfileStore(ProgressDatabase &db, Clock clock = systemClock());

    /// `pin` empty = no PIN. Errors: progress.name-empty, progress.name-too-long,
    /// progress.name-taken, progress.pin-invalid.
    Result<Profile> create(const QString &name, const QString &pin = {});
    Result<void> rename(qint64 profileId, const QString &newName);
    /// Every profile, by name (case-insensitive).
    Result<QList<Profile>> list() const;
    Result<Profile> profile(qint64 profileId) const;
    Result<Profile> profileByUuid(const QUuid &uuid) const;
    /// Removes the profile and all of that learner's records (and nobody else's), in one
    /// transaction; forgets it as the last used profile.
    Result<void> remove(qint64 profileId);

    /// Sets, changes or (with an empty `pin`) removes the PIN.
    Result<void> setPin(qint64 profileId, const QString &pin);
    /// True when `pin` is right, or when the profile has no PIN.
    Result<bool> checkPin(qint64 profileId, const QString &pin) const;

    /// Remembered in the database, so the next start opens this profile.
    Result<void> setLastUsed(qint64 profileId);
    /// nullopt when none was set or it was deleted.
    Result<std::optional<Profile>> lastUsed() const;

    /// The trimmed name, or the error create()/rename() would give (uniqueness aside).
    static Result<QString> validateName(const QString &name);
    static Result<void> validatePin(const QString &pin);

private:
    ProgressDatabase &m_db;
    Clock m_clock;
};

} // namespace oht::progress
