#pragma once

#include <QLoggingCategory>

namespace oht::progress {
Q_DECLARE_LOGGING_CATEGORY(lcProgress)
} // namespace oht::progress
