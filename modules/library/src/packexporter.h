#pragma once

#include "oht/core/result.h"

#include <QString>

namespace oht::library {

class PackQueries;

/// Writes an installed pack back to a built `.ohtpack` (Library::exportPack): pack.json as
/// shipped, the files `files` lists in byte order of their paths, then a kept
/// signature.json. That is the order and the writer `ohtpack build` and `ohtpack sign`
/// use, so the result is byte-identical to the pack that was imported.
class PackExporter
{
public:
    explicit PackExporter(PackQueries &queries) : m_queries(queries) {}

    Result<void> run(const QString &packId, const QString &outputPath);

private:
    PackQueries &m_queries;
};

} // namespace oht::library
