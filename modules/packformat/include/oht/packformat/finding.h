#pragma once

#include <QList>
#include <QString>

namespace oht::packformat {

/// Errors make a pack unusable (`validate` fails, `build` refuses); warnings should be
/// fixed before release; infos are advice for reviewers (docs/review-checks.md).
enum class Severity { Error, Warning, Info };

/// One validator finding. `code` is stable (documented in docs/pack-format.md);
/// `file` is pack-relative; line/column are 1-based, 0 when the finding has no position.
struct Finding
{
    QString code;
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message; ///< translated, plain language, one line
    QString itemId;  ///< the outline item or question concerned, when there is one

    bool isError() const { return severity == Severity::Error; }
    bool isWarning() const { return severity == Severity::Warning; }
    bool isInfo() const { return severity == Severity::Info; }
};

using Findings = QList<Finding>;

inline bool hasErrors(const Findings &findings)
{
    for (const auto &f : findings)
        if (f.isError())
            return true;
    return false;
}

} // namespace oht::packformat
