#pragma once

#include "oht/core/semver.h"

namespace oht {

/// The pack format version this build reads and writes (docs/pack-format.md).
inline constexpr int kPackFormatVersion = 1;

/// This application's version (from CMake's project version).
SemVer appVersion();
QString appVersionString();
/// The app's own licence as an SPDX expression (CMake's OHT_APP_LICENSE).
QString appLicense();

/// Names used for QStandardPaths / QSettings, set once in each main().
inline constexpr const char *kOrganizationName = "OneHealthTech";
inline constexpr const char *kApplicationName = "HealthTechToolkit";

} // namespace oht
