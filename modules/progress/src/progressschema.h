#pragma once

#include "oht/storage/migrator.h"

namespace oht::progress {

/// The numbered steps of progress.sqlite. Never edit a released step; add one.
const storage::Migrator &progressMigrator();

} // namespace oht::progress
