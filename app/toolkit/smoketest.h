#pragma once

#include "oht/ui/bundledpackinstaller.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace oht::ui {
class MainWindow;
}

namespace oht::toolkit {

/// What a smoke start reports (see SmokeTest).
struct SmokeReport
{
    QString dataDir;
    bool portable = false;
    QStringList packDirs; ///< bundled-pack folders that exist
    ui::BundledInstallSummary bundled;
    QString translationFile;
};

/// Only with --smoke-test (tests/packaging runs it on the installed or extracted app):
/// once the window is shown and exposed on the screen, prints on stdout one `oht-smoke KEY VALUE`
/// line per fact (data folder, bundled-pack folders, what the bundled-pack installer did, the
/// number of courses listed, the translation in use), then `oht-smoke ok`, and closes
/// the window (which saves its settings). Exit code 0, or 1 when a bundled pack failed
/// to install. Nothing of this runs otherwise.
class SmokeTest : public QObject
{
    Q_OBJECT
public:
    SmokeTest(ui::MainWindow &window, SmokeReport report);

private:
    void poll();
    void finish();

    ui::MainWindow &m_window;
    SmokeReport m_report;
    bool m_done = false;
    int m_polls = 0;
};

} // namespace oht::toolkit
