#pragma once

// The library's connection and transactions are the shared storage ones (the progress
// module opens its own database with the same code); these names keep the library's
// sources short.
#include "oht/storage/sqlitedatabase.h"
#include "oht/storage/transaction.h"

namespace oht::library {

using Database = storage::SqliteDatabase;
using Transaction = storage::Transaction;

} // namespace oht::library
