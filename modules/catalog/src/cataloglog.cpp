#include "cataloglog.h"

namespace oht::catalog {
Q_LOGGING_CATEGORY(lcCatalog, "oht.catalog")
} // namespace oht::catalog
