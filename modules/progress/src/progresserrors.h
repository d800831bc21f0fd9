#pragma once

#include "oht/core/error.h"

#include <QString>

namespace oht::progress {

/// The module's recurring errors, translated once.
namespace Errors {

Error unknownProfile(qint64 profileId);
Error unknownAttempt(const QString &attemptId);
Error badId(const QString &what, const QString &value);

/// Pack and item ids as the pack format allows them (ids name rows here, never files).
bool isPackId(const QString &id);
bool isItemId(const QString &id);

} // namespace Errors

} // namespace oht::progress
