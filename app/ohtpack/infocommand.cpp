#include "infocommand.h"

#include "console.h"
#include "findingprinter.h"
#include "libraryopener.h"
#include "oht/packformat/packfiles.h"
#include "oht/packio/packinspector.h"
#include "packdescription.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace oht::cli {

namespace {
const QString kJson = QStringLiteral("json");

/// A path rather than an id: pack ids have no '/' and do not end in ".ohtpack".
bool looksLikePath(const QString &arg)
{
    return arg.contains(QLatin1Char('/')) || arg.endsWith(QLatin1String(".ohtpack")) ||
           QFileInfo::exists(arg);
}

void printFacts(const PackFacts &facts, bool json, Console &console)
{
    const QDate today = QDate::currentDate();
    if (json)
        console.outJson(QJsonDocument(PackDescription::json(facts, today)));
    else
        console.out(PackDescription::text(facts, today));
}
} // namespace

QString InfoCommand::summary() const
{
    return tr("Show a pack's details and outline (a .ohtpack file or an installed id)");
}

QString InfoCommand::synopsis() const
{
    return QStringLiteral("[--json] FILE_OR_ID");
}

QString InfoCommand::description() const
{
    return tr("Shows the metadata, the outline (modules and items with their ids), counts,\n"
              "size and review-by date of a pack: a .ohtpack file (or a source folder),\n"
              "inspected without installing it, or an installed pack given by its id.");
}

void InfoCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(kJson, tr("Print the details as JSON.")));
    parser.addPositionalArgument(QStringLiteral("FILE_OR_ID"),
                                 tr("A .ohtpack file, a source folder or an installed pack id."));
}

int InfoCommand::run(const QCommandLineParser &parser, const QString &dataDir,
                     Console &console) const
{
    const QString arg = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(kJson);

    if (looksLikePath(arg)) {
        const QFileInfo info(arg);
        if (!info.exists()) {
            console.error(tr("cannot show %1: no such file").arg(arg));
            return exitCodeFor(ErrorKind::Io);
        }
        const auto inspected = packio::PackInspector().inspect(arg);
        if (!inspected) {
            console.error(tr("cannot show %1: %2").arg(arg, inspected.error().message));
            return exitCodeFor(inspected.error().kind);
        }
        const packformat::ValidationResult &v = *inspected;
        if (!v.manifest) {
            FindingPrinter(arg, info.isDir()).print(v.findings, console);
            console.error(tr("cannot show %1: its pack.json cannot be read").arg(arg));
            return exitCodeFor(ErrorKind::InvalidInput);
        }
        PackFacts facts;
        facts.manifest = *v.manifest;
        if (info.isDir()) {
            const packformat::FolderPackFiles files(arg);
            for (const QString &p : files.paths())
                if (p != QLatin1String("pack.json")) {
                    facts.contentBytes += QFileInfo(files.absolutePath(p)).size();
                    ++facts.fileCount;
                }
        } else {
            facts.archiveBytes = info.size();
            for (const auto &f : v.manifest->files)
                facts.contentBytes += f.size;
            facts.fileCount = int(v.manifest->files.size());
        }
        facts.questionCount = 0;
        for (const auto &quiz : v.quizzes)
            facts.questionCount += int(quiz.questions.size());
        printFacts(facts, json, console);
        if (!v.ok()) {
            console.error(tr("%1 has problems (%2): run 'ohtpack validate %1'")
                              .arg(arg, FindingPrinter::summary(countErrors(v.findings),
                                                                countWarnings(v.findings))));
            return exitCodeFor(ErrorKind::InvalidInput);
        }
        return 0;
    }

    int exitCode = 0;
    auto library = LibraryOpener::open(dataDir, console, &exitCode, /*readOnly=*/true);
    if (!library)
        return exitCode;
    const auto summary = library->pack(arg);
    if (!summary) {
        console.error(tr("cannot show %1: %2").arg(arg, summary.error().message));
        return exitCodeFor(summary.error().kind);
    }
    const auto manifest = library->manifest(arg);
    if (!manifest) {
        console.error(tr("cannot show %1: %2").arg(arg, manifest.error().message));
        return exitCodeFor(manifest.error().kind);
    }
    PackFacts facts;
    facts.manifest = *manifest;
    facts.installed = *summary;
    facts.contentBytes = summary->sizeBytes;
    facts.fileCount = int(manifest->files.size());
    printFacts(facts, json, console);
    return 0;
}

} // namespace oht::cli
