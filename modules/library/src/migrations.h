#pragma once

#include "oht/storage/migrator.h"

namespace oht::library {

/// The library schema, as numbered steps keyed on PRAGMA user_version (run by
/// storage::Migrator: one transaction per step, a newer schema refused untouched). Never
/// edit a released step; add one. Learners' progress lives in its own database.
class Migrations
{
public:
    /// The newest schema this build knows.
    static constexpr int kLatestVersion = 2;

    static const storage::Migrator &migrator();
};

} // namespace oht::library
