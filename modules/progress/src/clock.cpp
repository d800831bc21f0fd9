#include "oht/progress/clock.h"

namespace oht::progress {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace oht::progress
