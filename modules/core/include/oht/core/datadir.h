#pragma once

#include <QString>

namespace oht {

/// The file whose presence next to the executable turns on portable mode. Any content,
/// may be empty. `portable.txt` counts too: Windows Explorer hides extensions, so a
/// learner who creates "portable" there often gets "portable.txt".
inline constexpr const char *kPortableMarkerName = "portable";
/// The folder, beside the executable, that holds everything in portable mode.
inline constexpr const char *kPortableDataDirName = "data";

/// Portable mode: the data folder of an installation that runs from a USB stick, or ""
/// when the app is not portable. Portable when `requested` (--portable) or when a
/// portable marker sits in the app's folder, which is
/// - the folder of the AppImage file when $APPIMAGE is set (the executable itself is
///   inside a read-only mount that changes with every start);
/// - the folder holding the `.app` bundle for a macOS bundle (files inside a signed
///   bundle must not change);
/// - otherwise `applicationDir`, the folder of the executable.
/// The data folder is `<app folder>/data`.
QString portableDataDir(const QString &applicationDir, bool requested);

/// Where the learner's library lives. Precedence: an explicit --data-dir, then the
/// portable data folder (when not empty, see portableDataDir()), then the OHT_DATA_DIR
/// environment variable, then the platform's application data location. The same rule
/// serves `ohtpack` and `oht-toolkit`, so both always see one library.
///
/// Portable beats OHT_DATA_DIR because the marker is a property of the copy being run:
/// a USB stick plugged into a machine whose profile sets OHT_DATA_DIR must still keep
/// its data on the stick. --data-dir beats portable because it is typed for this run.
QString resolveDataDir(const QString &explicitDir, const QString &portableDir = {});

/// Points QSettings' user scope (and the default format, INI) at `<dataDir>/settings`,
/// so that settings written by Qt itself (e.g. the file dialog's recent folders) stay
/// in the data folder too. Called once, before any QSettings is made, in portable mode.
void keepUserSettingsIn(const QString &dataDir);

} // namespace oht
