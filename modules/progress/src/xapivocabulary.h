#pragma once

#include <QString>

namespace oht::progress::xapi {

// The xAPI words the exporter writes and the importer reads (ADL vocabulary,
// https://adlnet.gov/expapi/verbs/…).
inline const QString kVerbBase = QStringLiteral("http://adlnet.gov/expapi/verbs/");
inline const QString kCompleted = QStringLiteral("completed");
inline const QString kPassed = QStringLiteral("passed");
inline const QString kFailed = QStringLiteral("failed");
inline const QString kAnswered = QStringLiteral("answered");
inline const QString kExperienced = QStringLiteral("experienced");

inline const QString kActivityAssessment =
    QStringLiteral("http://adlnet.gov/expapi/activities/assessment");
inline const QString kActivityInteraction =
    QStringLiteral("http://adlnet.gov/expapi/activities/cmi.interaction");

/// result.extensions key: how an item was completed ("explicit", "end", "imported").
inline const QString kCompletedByExtension =
    QStringLiteral("https://onehealthtech.org/toolkit/xapi/completedBy");

inline const QString kXapiVersion = QStringLiteral("1.0.3");

} // namespace oht::progress::xapi
