#include "removecommand.h"

#include "console.h"
#include "libraryopener.h"

#include <QCommandLineParser>

namespace oht::cli {

QString RemoveCommand::summary() const
{
    return tr("Remove an installed pack");
}

QString RemoveCommand::synopsis() const
{
    return QStringLiteral("PACK_ID");
}

QString RemoveCommand::description() const
{
    return tr("Removes the pack from the library. Use 'ohtpack list' to see the ids.");
}

void RemoveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("PACK_ID"), tr("The id of an installed pack."));
}

int RemoveCommand::run(const QCommandLineParser &parser, const QString &dataDir,
                       Console &console) const
{
    const QString id = parser.positionalArguments().constFirst();
    int exitCode = 0;
    auto library = LibraryOpener::open(dataDir, console, &exitCode);
    if (!library)
        return exitCode;
    // Looked up first so the message can name the version, and so a missing id is
    // reported the same way as by 'info'.
    const auto summary = library->pack(id);
    if (!summary) {
        console.error(tr("cannot remove %1: %2").arg(id, summary.error().message));
        return exitCodeFor(summary.error().kind);
    }
    const auto removed = library->removePack(id);
    if (!removed) {
        console.error(tr("cannot remove %1: %2").arg(id, removed.error().message));
        return exitCodeFor(removed.error().kind);
    }
    console.outLine(tr("Removed %1 %2").arg(id, summary->version));
    return 0;
}

} // namespace oht::cli
