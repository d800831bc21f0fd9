#include "profilelookup.h"

#include "oht/storage/sqlitedatabase.h"
#include "progresserrors.h"

namespace oht::progress {

Result<QUuid> lookupProfileUuid(storage::SqliteDatabase &db, qint64 profileId)
{
    auto uuid = db.scalar(QStringLiteral("SELECT uuid FROM profiles WHERE id = ?"), {profileId});
    if (!uuid)
        return uuid.error();
    if (!uuid->isValid())
        return Errors::unknownProfile(profileId);
    return QUuid::fromString(uuid->toString());
}

} // namespace oht::progress
