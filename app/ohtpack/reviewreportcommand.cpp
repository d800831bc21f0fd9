#include "reviewreportcommand.h"

#include "console.h"
#include "oht/packio/packinspector.h"
#include "oht/packio/reviewnotes.h"
#include "oht/packio/reviewreport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace oht::cli {

namespace {
const QString kOutput = QStringLiteral("output");
}

QString ReviewReportCommand::summary() const
{
    return tr("Write a Markdown review report for a pack source folder");
}

QString ReviewReportCommand::description() const
{
    return tr("Validates the source folder (with the reviewers' checks) and reads the\n"
              "reviewers' notes from review-notes.json beside pack.json, then writes a\n"
              "Markdown report: the pack's details, the share of items marked reviewed,\n"
              "every validator finding, the notes item by item, and a sign-off line.\n"
              "Writes to standard output, or to the file given with -o.");
}

void ReviewReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption({QStringLiteral("o"), kOutput},
                                        tr("Write the report to this file."),
                                        QStringLiteral("REPORT.md")));
    parser.addPositionalArgument(QStringLiteral("SRC_DIR"), tr("The pack source folder."));
}

int ReviewReportCommand::run(const QCommandLineParser &parser, const QString &,
                             Console &console) const
{
    const QString source = parser.positionalArguments().constFirst();
    const QFileInfo info(source);
    if (!info.exists()) {
        console.error(tr("cannot report on %1: no such folder").arg(source));
        return exitCodeFor(ErrorKind::Io);
    }
    if (!info.isDir()) {
        console.error(tr("cannot report on %1: not a folder (review notes live beside a pack's "
                         "source)")
                          .arg(source));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    const auto notes = packio::ReviewNotes::load(packio::ReviewNotes::pathFor(source));
    if (!notes) {
        console.error(notes.error().message);
        return exitCodeFor(notes.error().kind);
    }
    const auto inspected = packio::PackInspector().inspect(source);
    if (!inspected) {
        console.error(tr("cannot report on %1: %2").arg(source, inspected.error().message));
        return exitCodeFor(inspected.error().kind);
    }
    if (!inspected->manifest) {
        console.error(tr("cannot report on %1: pack.json is missing or unreadable (run "
                         "'ohtpack validate %1')")
                          .arg(source));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    const packio::ReviewReport report(*inspected->manifest, inspected->findings, *notes);
    const QString markdown = report.markdown();
    const QString output = parser.value(kOutput);
    if (output.isEmpty()) {
        console.out(markdown);
        return 0;
    }
    QSaveFile file(output);
    const QByteArray bytes = markdown.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        console.error(tr("cannot write %1: %2").arg(output, file.errorString()));
        return exitCodeFor(ErrorKind::Io);
    }
    console.outLine(
        tr("Wrote %1 (%2% of items reviewed).").arg(output).arg(report.percentReviewed()));
    return 0;
}

} // namespace oht::cli
