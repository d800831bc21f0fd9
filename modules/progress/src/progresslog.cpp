#include "progresslog.h"

namespace oht::progress {
Q_LOGGING_CATEGORY(lcProgress, "oht.progress")
} // namespace oht::progress
