#pragma once

#include "oht/core/result.h"

#include <QUuid>

namespace oht::storage {
class SqliteDatabase;
}

namespace oht::progress {

/// The profile's uuid (statement ids derive from it), or progress.unknown-profile.
Result<QUuid> lookupProfileUuid(storage::SqliteDatabase &db, qint64 profileId);

} // namespace oht::progress
