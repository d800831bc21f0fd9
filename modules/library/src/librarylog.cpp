#include "librarylog.h"

namespace oht::library {
Q_LOGGING_CATEGORY(lcLibrary, "oht.library")
} // namespace oht::library
