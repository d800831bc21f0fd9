#pragma once

#include "oht/core/result.h"

namespace oht::storage {

class SqliteDatabase;

/// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted. IMMEDIATE takes the
/// write lock up front, so two writers queue on the busy timeout instead of one failing
/// with SQLITE_BUSY half-way through its transaction.
class Transaction
{
public:
    explicit Transaction(SqliteDatabase &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    SqliteDatabase &m_db;
    bool m_active = false;
};

} // namespace oht::storage
