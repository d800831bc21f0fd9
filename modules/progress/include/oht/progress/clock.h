#pragma once

#include <QDateTime>
#include <functional>

namespace oht::progress {

/// Where the stores get "now" from. Injected so tests can replay a learner's weeks in
/// milliseconds; the app passes systemClock().
using Clock = std::function<QDateTime()>;

/// The real clock, in UTC.
Clock systemClock();

} // namespace oht::progress
