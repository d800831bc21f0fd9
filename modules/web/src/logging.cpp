#include "logging.h"

namespace oht::web {
Q_LOGGING_CATEGORY(lcWeb, "oht.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebConsole, "oht.web.console", QtCriticalMsg)
} // namespace oht::web
