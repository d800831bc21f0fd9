#pragma once

#include <QList>
#include <QString>

namespace oht::packformat {

enum class Severity { Error, Warning };

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
