#pragma once

#include <QLoggingCategory>

namespace oht::library {
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
} // namespace oht::library
