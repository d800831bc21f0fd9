#pragma once

#include <QString>
#include <QStringList>

namespace oht::ui {

/// What `oht-toolkit` was asked to do on its command line.
struct LaunchOptions
{
    QString dataDir;          ///< --data-dir (empty: OHT_DATA_DIR or the default)
    QString openTarget;       ///< --open PACK_ID[/ITEM_ID]
    QStringList packFiles;    ///< positional FILE.ohtpack arguments, absolute
    QString previewDir;       ///< --preview SRC_DIR: a pack source folder, absolute (reviewer mode)
    bool benchmark = false;   ///< --benchmark-startup: print timings, then quit
    bool portable = false;    ///< --portable: keep all data beside the app (core datadir.h)
    bool smokeTest = false;   ///< --smoke-test: print what was set up once shown, then quit
    bool showHelp = false;    ///< --help / -h: print helpText and exit
    bool showVersion = false; ///< --version / -v: print the version and exit
    QString helpText;         ///< the options, as --help prints them
    QString error;            ///< a usage error to show; empty when the line is fine

    /// Parses the arguments (argv as QStringList, program name first). Does not exit:
    /// main prints the help or the version when asked.
    static LaunchOptions parse(const QStringList &arguments);
};

} // namespace oht::ui
