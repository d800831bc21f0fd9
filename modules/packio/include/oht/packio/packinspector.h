#pragma once

#include "oht/archive/limits.h"
#include "oht/core/result.h"
#include "oht/packformat/packvalidator.h"

#include <QDate>
#include <QString>

namespace oht::packio {

/// Validates a pack without installing it: a source folder or a built `.ohtpack`.
/// For archives, an unsafe archive (traversal, bomb, corrupt…) is returned as an Error;
/// content problems (including hash mismatches) come back as findings.
class PackInspector
{
public:
    /// Inspecting is what reviewers and `ohtpack validate` do, so the reviewers' checks
    /// (docs/review-checks.md) run unless `checks` says otherwise.
    explicit PackInspector(QDate today = QDate::currentDate(), archive::Limits limits = {},
                           packformat::Checks checks = packformat::Checks::Review);

    Result<packformat::ValidationResult> inspect(const QString &path) const;

private:
    QDate m_today;
    archive::Limits m_limits;
    packformat::Checks m_checks;
};

} // namespace oht::packio
