#pragma once

#include <QLoggingCategory>

namespace oht::storage {
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
} // namespace oht::storage
