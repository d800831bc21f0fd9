#pragma once

#include "oht/core/result.h"
#include "oht/packformat/finding.h"

#include <QDate>
#include <QString>

namespace oht::packio {

struct BuildReport
{
    QString outputPath;
    int fileCount = 0; ///< files in the pack, pack.json included
    qint64 archiveBytes = 0;
    packformat::Findings findings; ///< warnings (and, on refusal, the errors)
};

/// Turns a source folder into a built `.ohtpack` (docs/pack-format.md, "Built packs"):
/// validates first and refuses a source with errors; writes pack.json (with `files`)
/// first and the other files in byte order of their paths, with fixed timestamps, so
/// the same input gives a byte-identical pack. Writes OUT.tmp and renames.
class PackBuilder
{
public:
    explicit PackBuilder(QDate today = QDate::currentDate());

    /// On validation errors returns an InvalidInput error and fills `report.findings`.
    Result<void> build(const QString &sourceDir, const QString &outputPath,
                       BuildReport &report) const;

private:
    QDate m_today;
};

} // namespace oht::packio
