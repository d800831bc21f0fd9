#pragma once

#include <QLoggingCategory>

namespace oht::web {
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
/// Lesson pages' console messages (off by default: packs are noisy and untrusted).
Q_DECLARE_LOGGING_CATEGORY(lcWebConsole)
} // namespace oht::web
