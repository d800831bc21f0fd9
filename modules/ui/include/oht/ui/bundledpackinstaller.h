#pragma once

#include <QString>
#include <QStringList>

namespace oht::library {
class Library;
}

namespace oht::ui {

/// What one run of the bundled-pack installer did.
struct BundledInstallSummary
{
    QStringList installed; ///< pack ids installed for the first time
    QStringList updated;   ///< pack ids updated to a newer bundled version
    QStringList skipped;   ///< pack ids left alone (already there, or removed by the learner)
    QStringList failed;    ///< "file: message" for bundled files that could not be installed
};

/// Installs the courses shipped with the app (`.ohtpack` files next to the binary) into
/// the learner's library. Not a widget: the app runs it before showing the window.
///
/// It remembers, in a small INI file in the data directory, which id and version it
/// installed, so that
/// - a pack is installed once: if the learner removes it, it is never reinstalled;
/// - a newer bundled version updates the pack, but only while it is still installed;
/// - a pack the learner already has in the same or a newer version is left alone.
class BundledPackInstaller
{
public:
    BundledPackInstaller(library::Library &library, QString recordFile);

    /// Where the bundled packs are for a binary in `applicationDir`: the build tree's
    /// `<bin>/../packs` and the installed `<prefix>/share/oht-toolkit/packs` (plus, on
    /// macOS, the app bundle's `Contents/Resources/packs`).
    static QStringList defaultPackDirs(const QString &applicationDir);

    BundledInstallSummary install(const QStringList &packDirs);

private:
    library::Library &m_library;
    QString m_recordFile;
};

} // namespace oht::ui
