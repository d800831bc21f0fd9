#include "oht/storage/transaction.h"

#include "oht/storage/sqlitedatabase.h"
#include "storagelog.h"

namespace oht::storage {

Transaction::~Transaction()
{
    if (m_active) {
        if (!m_db.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rollback failed on" << m_db.filePath();
    }
}

Result<void> Transaction::begin()
{
    if (auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r)
        return r;
    m_active = false;
    return {};
}

} // namespace oht::storage
