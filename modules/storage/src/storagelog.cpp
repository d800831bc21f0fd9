#include "storagelog.h"

namespace oht::storage {
Q_LOGGING_CATEGORY(lcStorage, "oht.storage")
} // namespace oht::storage
