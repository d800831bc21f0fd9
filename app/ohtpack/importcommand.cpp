#include "importcommand.h"

#include "console.h"
#include "findingprinter.h"
#include "libraryopener.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace oht::cli {

namespace {
const QString kForce = QStringLiteral("force");

/// The library refuses a downgrade with an InvalidInput error; the CLI adds how to
/// override it, since only the CLI knows its own option name.
bool isOlderVersionRefusal(const Error &error)
{
    return error.kind == ErrorKind::InvalidInput &&
           (error.code.contains(QLatin1String("older")) ||
            error.code.contains(QLatin1String("downgrade")));
}
} // namespace

QString ImportCommand::summary() const
{
    return tr("Install a .ohtpack file into the library, or update an installed pack");
}

QString ImportCommand::description() const
{
    return tr("Checks the pack completely (names, sizes, SHA-256 of every file, manifest,\n"
              "lessons, quizzes) and installs it atomically: afterwards the pack is either\n"
              "fully installed or the library is unchanged. A newer version updates the\n"
              "installed pack and keeps learners' progress; the same version changes nothing;\n"
              "an older version is refused unless --force is given.");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        kForce, tr("Install even if the library holds a newer version of the pack.")));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .ohtpack file to install."));
}

int ImportCommand::run(const QCommandLineParser &parser, const QString &dataDir,
                       Console &console) const
{
    const QString path = parser.positionalArguments().constFirst();
    const QFileInfo info(path);
    if (!info.exists()) {
        console.error(tr("cannot import %1: no such file").arg(path));
        return exitCodeFor(ErrorKind::Io);
    }
    if (!info.isFile()) {
        console.error(tr("cannot import %1: not a file (build a source folder first with "
                         "'ohtpack build')")
                          .arg(path));
        return exitCodeFor(ErrorKind::InvalidInput);
    }

    int exitCode = 0;
    auto library = LibraryOpener::open(dataDir, console, &exitCode);
    if (!library)
        return exitCode;

    library::ImportOptions options;
    options.force = parser.isSet(kForce);
    const auto imported = library->importPack(path, options);
    if (!imported) {
        // Refused for its content: list every finding, as validate would.
        const packformat::Findings &findings = library->lastImportFindings();
        if (packformat::hasErrors(findings))
            FindingPrinter(path, false).print(findings, console);
        QString message = imported.error().message;
        if (isOlderVersionRefusal(imported.error()) && !message.contains(QLatin1String("--force")))
            message += tr(" (use --force to install it anyway)");
        console.error(tr("cannot import %1: %2").arg(path, message));
        return exitCodeFor(imported.error().kind);
    }

    const library::ImportReport &r = *imported;
    const FindingPrinter printer(path, false);
    for (const auto &w : r.warnings)
        console.outLine(printer.line(w));
    switch (r.outcome) {
    case library::ImportOutcome::Installed:
        console.outLine(tr("Installed %1 %2").arg(r.packId, r.version));
        break;
    case library::ImportOutcome::Updated:
        console.outLine(tr("Updated %1 from %2 to %3").arg(r.packId, r.previousVersion, r.version));
        break;
    case library::ImportOutcome::AlreadyInstalled:
        console.outLine(tr("Already installed: %1 %2 (no change)").arg(r.packId, r.version));
        break;
    case library::ImportOutcome::Downgraded:
        console.outLine(tr("Downgraded %1 from %2 to %3 (--force)")
                            .arg(r.packId, r.previousVersion, r.version));
        break;
    }
    return 0;
}

} // namespace oht::cli
