#include "listcommand.h"

#include "console.h"
#include "libraryopener.h"
#include "packdescription.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace oht::cli {

QString ListCommand::summary() const
{
    return tr("List the installed packs");
}

QString ListCommand::synopsis() const
{
    return QStringLiteral("[--json]");
}

QString ListCommand::description() const
{
    return tr("Prints one line per installed pack: id, version, title, language and size.");
}

void ListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the packs as JSON.")));
}

int ListCommand::run(const QCommandLineParser &parser, const QString &dataDir,
                     Console &console) const
{
    int exitCode = 0;
    auto library = LibraryOpener::open(dataDir, console, &exitCode, /*readOnly=*/true);
    if (!library)
        return exitCode;
    const auto packs = library->packs();
    if (!packs) {
        console.error(tr("cannot list the packs in %1: %2").arg(dataDir, packs.error().message));
        return exitCodeFor(packs.error().kind);
    }

    const QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &p : *packs)
            list.append(PackDescription::summaryJson(p, today));
        console.outJson(QJsonDocument(list));
        return 0;
    }
    if (packs->isEmpty()) {
        console.outLine(tr("No packs installed in %1").arg(dataDir));
        return 0;
    }
    QList<QStringList> rows{{tr("ID"), tr("VERSION"), tr("TITLE"), tr("LANGUAGE"), tr("SIZE")}};
    for (const auto &p : *packs)
        rows.append({p.id, p.version, textformat::elide(p.title, 50), p.language,
                     textformat::size(p.sizeBytes)});
    console.out(textformat::table(rows));
    return 0;
}

} // namespace oht::cli
