#pragma once

#include "database.h"
#include "oht/core/result.h"

#include <QString>

namespace oht::library {

struct PreparedPack;

/// Writes and deletes a pack's rows. Callers own the transaction: every method is one
/// step of a larger, atomic change.
class PackRowWriter
{
public:
    explicit PackRowWriter(Database &db) : m_db(db) {}

    /// Installs `pack`, or replaces the installed version's rows when `update` is true.
    /// An update keeps the pack row (installed_at) and the item rows of items still in
    /// the outline, keyed by (pack_id, item_id), and deletes items no longer in it.
    Result<void> write(const PreparedPack &pack, bool update);

    /// Deletes every row of the pack. Blobs stay for sweepOrphans().
    Result<void> remove(const QString &packId);

private:
    Result<void> writePackRow(const PreparedPack &pack, bool update);
    Result<void> clearContent(const QString &packId);
    Result<void> writeOutline(const PreparedPack &pack);
    Result<void> writeFiles(const PreparedPack &pack);
    Result<void> writeLessons(const PreparedPack &pack);
    Result<void> writeQuizzes(const PreparedPack &pack);

    Database &m_db;
};

} // namespace oht::library
