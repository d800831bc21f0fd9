#pragma once

#include <QString>

namespace oht {

/// Where the learner's library lives. Precedence: an explicit --data-dir, then the
/// OHT_DATA_DIR environment variable, then the platform's application data location.
/// The same rule serves `ohtpack` and `oht-toolkit`, so both always see one library.
QString resolveDataDir(const QString &explicitDir);

} // namespace oht
