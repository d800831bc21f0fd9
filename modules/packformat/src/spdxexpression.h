#pragma once

#include <QString>
#include <QStringList>

namespace oht::packformat::detail {

/// Result of checking an SPDX licence expression (SPDX 2.3, annex D).
struct SpdxCheck
{
    bool valid = false;
    QString problem;        ///< translated reason when not valid
    QStringList unknownIds; ///< syntactically valid ids not in our list of common licences
};

/// Checks `expression`: licence ids (optionally with '+'), LicenseRef-/DocumentRef- ids,
/// AND, OR, WITH <exception> and parentheses. Operators in upper or lower case.
/// Unknown ids are not an error: the SPDX list is long and grows; we only know the
/// licences course packs commonly use.
SpdxCheck checkSpdxExpression(const QString &expression);

} // namespace oht::packformat::detail
