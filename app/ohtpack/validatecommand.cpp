#include "validatecommand.h"

#include "console.h"
#include "findingprinter.h"
#include "oht/packio/packinspector.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oht::cli {

QString ValidateCommand::summary() const
{
    return tr("Check a pack source folder or a .ohtpack file and report every problem");
}

QString ValidateCommand::description() const
{
    return tr("Checks the manifest, the outline, every lesson's links and images and every\n"
              "quiz's answer key, and prints one line per problem:\n"
              "  FILE:LINE:COL: error|warning|info: MESSAGE [code]\n"
              "followed by a summary. Also runs the reviewers' checks (accessibility,\n"
              "readability, quiz feedback, media, review date; docs/review-checks.md),\n"
              "which give warnings and infos only. Exits with 1 when there is at least\n"
              "one error; warnings and infos never change the exit code.");
}

void ValidateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON.")));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("A pack source folder or a built .ohtpack file."));
}

int ValidateCommand::run(const QCommandLineParser &parser, const QString &, Console &console) const
{
    const QString path = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    const QFileInfo info(path);
    if (!info.exists()) {
        console.error(tr("cannot validate %1: no such file or folder").arg(path));
        return exitCodeFor(ErrorKind::Io);
    }

    const auto result = packio::PackInspector().inspect(path);
    if (!result) {
        // The archive itself is unusable (unsafe, corrupt, not a zip…): one error line,
        // and for scripts the same in JSON.
        console.error(tr("cannot validate %1: %2").arg(path, result.error().message));
        if (json)
            console.outJson(QJsonDocument(QJsonObject{
                {QStringLiteral("path"), path},
                {QStringLiteral("valid"), false},
                {QStringLiteral("errors"), 1},
                {QStringLiteral("warnings"), 0},
                {QStringLiteral("findings"), QJsonArray()},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), result.error().code},
                             {QStringLiteral("message"), result.error().message}}},
            }));
        return exitCodeFor(result.error().kind);
    }

    const packformat::Findings &findings = result->findings;
    const int errors = countErrors(findings);
    if (json) {
        QJsonArray list;
        for (const auto &f : findings)
            list.append(FindingPrinter::toJson(f));
        console.outJson(QJsonDocument(QJsonObject{
            {QStringLiteral("path"), path},
            {QStringLiteral("valid"), result->ok()},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), countWarnings(findings)},
            {QStringLiteral("infos"), countInfos(findings)},
            {QStringLiteral("findings"), list},
        }));
    } else {
        FindingPrinter(path, info.isDir()).print(findings, console);
    }
    return result->ok() ? 0 : exitCodeFor(ErrorKind::InvalidInput);
}

} // namespace oht::cli
