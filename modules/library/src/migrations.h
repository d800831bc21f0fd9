#pragma once

#include "oht/core/result.h"

namespace oht::library {

class Database;

/// The library schema, as numbered steps keyed on PRAGMA user_version. Each step runs in
/// one transaction that also bumps user_version, so a database is always at a whole
/// version. Later features (learner progress…) add steps; never edit a released one.
class Migrations
{
public:
    /// The newest schema this build knows.
    static constexpr int kLatestVersion = 1;

    /// Reads the schema version without writing; refuses one newer than kLatestVersion
    /// ("library.schema-too-new"), so an older app never damages a newer library.
    static Result<int> check(Database &db);

    /// Brings the schema up to kLatestVersion. Safe when several processes open the same
    /// new library at once: each step re-reads the version inside its write transaction.
    static Result<void> migrate(Database &db);
};

} // namespace oht::library
