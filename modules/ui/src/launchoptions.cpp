#include "oht/ui/launchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace oht::ui {

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    LaunchOptions options;
    QCommandLineParser parser;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("oht::ui::LaunchOptions", "Use the library in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("oht::ui::LaunchOptions",
                                    "Open a course, or one of its items."),
        QStringLiteral("PACK_ID[/ITEM_ID]"));
    const QCommandLineOption portable(
        QStringLiteral("portable"),
        QCoreApplication::translate("oht::ui::LaunchOptions",
                                    "Keep the library and settings in the “data” folder beside "
                                    "the app (also on when a file named “portable” is there)."));
    const QCommandLineOption preview(
        QStringLiteral("preview"),
        QCoreApplication::translate("oht::ui::LaunchOptions",
                                    "Review a pack's source folder without installing it: it "
                                    "reloads whenever a file in it is saved."),
        QStringLiteral("SRC_DIR"));
    QCommandLineOption benchmark(QStringLiteral("benchmark-startup"));
    benchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    // For packaging tests (tests/packaging): start, show the window, report, quit.
    QCommandLineOption smokeTest(QStringLiteral("smoke-test"));
    smokeTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, open, portable, preview, benchmark, smokeTest});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("oht::ui::LaunchOptions", "Course packs to import."),
        QStringLiteral("[FILE.ohtpack…]"));
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpText = parser.helpText();
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    if (options.showHelp || options.showVersion)
        return options;
    options.dataDir = parser.value(dataDir);
    options.openTarget = parser.value(open);
    options.benchmark = parser.isSet(benchmark);
    options.portable = parser.isSet(portable);
    options.smokeTest = parser.isSet(smokeTest);
    if (parser.isSet(preview)) {
        const QFileInfo info(parser.value(preview));
        if (!info.isDir())
            options.error = QCoreApplication::translate("oht::ui::LaunchOptions",
                                                        "“%1” is not a folder; --preview takes "
                                                        "a pack's source folder.")
                                .arg(parser.value(preview));
        else
            options.previewDir = info.absoluteFilePath();
    }
    if (!options.openTarget.isEmpty()) {
        static const QRegularExpression target(
            QStringLiteral("^[a-z][a-z0-9.-]{2,99}(/[A-Za-z0-9_-]{1,64})?$"));
        if (!target.match(options.openTarget).hasMatch()) {
            options.error = QCoreApplication::translate(
                                "oht::ui::LaunchOptions",
                                "“%1” is not a course id, or a course id and an item id "
                                "separated by “/”.")
                                .arg(options.openTarget);
        }
    }
    for (const QString &file : parser.positionalArguments()) {
        const QFileInfo info(file);
        if (!info.isFile()) {
            options.error = QCoreApplication::translate("oht::ui::LaunchOptions",
                                                        "The file “%1” does not exist.")
                                .arg(file);
            continue;
        }
        options.packFiles.append(info.absoluteFilePath());
    }
    return options;
}

} // namespace oht::ui
