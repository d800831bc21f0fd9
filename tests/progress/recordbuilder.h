#pragma once

#include "progressfixture.h"

#include <QUuid>

namespace oht::test {

/// Gives a learner one of everything a record holds, at known times: lessons opened,
/// active time, completions, a finished attempt (passed) with answers, and an open
/// attempt with one answer. Returns the profile id (0 on failure).
qint64 buildSampleRecord(ProgressFixture &f, FakeClock &clock, const QString &name,
                         QUuid *finishedAttempt = nullptr);

} // namespace oht::test
