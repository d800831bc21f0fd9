#include "buildcommand.h"

#include "console.h"
#include "findingprinter.h"
#include "oht/packio/packbuilder.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace oht::cli {

namespace {
const QString kOutput = QStringLiteral("output");
}

QString BuildCommand::summary() const
{
    return tr("Build a .ohtpack file from a pack source folder");
}

QString BuildCommand::description() const
{
    return tr("Validates the source folder and, when it has no errors, writes the pack:\n"
              "pack.json (with the list of files and their SHA-256) first, then every\n"
              "file in byte order of its path, with fixed timestamps, so the same source\n"
              "always gives a byte-identical pack. Warnings are printed but allowed.");
}

void BuildCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption({QStringLiteral("o"), kOutput},
                                        tr("Where to write the pack (required)."),
                                        QStringLiteral("OUT.ohtpack")));
    parser.addPositionalArgument(QStringLiteral("SRC_DIR"), tr("The pack source folder."));
}

int BuildCommand::run(const QCommandLineParser &parser, const QString &, Console &console) const
{
    const QString source = parser.positionalArguments().constFirst();
    const QString output = parser.value(kOutput);
    if (output.isEmpty()) {
        console.error(
            tr("build needs an output file: -o OUT.ohtpack (see 'ohtpack build --help')"));
        return exitCodeFor(ErrorKind::Usage);
    }
    const QFileInfo info(source);
    if (!info.exists()) {
        console.error(tr("cannot build %1: no such folder").arg(source));
        return exitCodeFor(ErrorKind::Io);
    }
    if (!info.isDir()) {
        console.error(
            tr("cannot build %1: not a folder (build takes a pack source folder)").arg(source));
        return exitCodeFor(ErrorKind::InvalidInput);
    }

    packio::BuildReport report;
    const auto built = packio::PackBuilder().build(source, output, report);
    const FindingPrinter printer(source, true);
    if (!built) {
        if (!report.findings.isEmpty())
            printer.print(report.findings, console);
        console.error(tr("cannot build %1: %2").arg(output, built.error().message));
        return exitCodeFor(built.error().kind);
    }
    for (const auto &f : report.findings)
        console.outLine(printer.line(f));
    console.outLine(tr("Wrote %1 (%2 files, %3)")
                        .arg(report.outputPath.isEmpty() ? output : report.outputPath)
                        .arg(report.fileCount)
                        .arg(textformat::size(report.archiveBytes)));
    return 0;
}

} // namespace oht::cli
