#pragma once

#include <QLoggingCategory>

namespace oht::catalog {
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
} // namespace oht::catalog
