#include "catalogcommand.h"

#include "console.h"
#include "oht/catalog/catalogbuilder.h"

#include <QCommandLineParser>

namespace oht::cli {

QString CatalogCommand::summary() const
{
    return tr("Write a catalog.json listing the signed packs in a folder");
}

QString CatalogCommand::description() const
{
    return tr("Finds every .ohtpack under DIR, checks each as the app will (valid content,\n"
              "a signature), and writes the catalog: size, SHA-256, title, language, tags,\n"
              "CHANGELOG.md, signature and a URL relative to the catalog file, which must be\n"
              "in DIR or a folder above it. Copy the folder to any web server or USB stick.\n"
              "Of several versions of one pack, the newest is listed.");
}

void CatalogCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("Where to write the catalog (required)."),
                                        QStringLiteral("catalog.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("title"), tr("The catalog's title."),
                                        QStringLiteral("TITLE")));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder holding the packs."));
}

int CatalogCommand::run(const QCommandLineParser &parser, const QString &, Console &console) const
{
    const QString dir = parser.positionalArguments().constFirst();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        console.error(
            tr("catalog needs an output file: -o catalog.json (see 'ohtpack catalog --help')"));
        return exitCodeFor(ErrorKind::Usage);
    }
    QStringList notes;
    const auto catalog =
        catalog::CatalogBuilder(parser.value(QStringLiteral("title"))).write(dir, output, &notes);
    for (const QString &note : std::as_const(notes))
        console.note(note);
    if (!catalog) {
        console.error(tr("cannot write %1: %2").arg(output, catalog.error().message));
        return exitCodeFor(catalog.error().kind);
    }
    for (const auto &entry : catalog->packs)
        console.outLine(tr("%1 %2  %3 bytes").arg(entry.id, entry.versionString()).arg(entry.size));
    console.outLine(tr("Wrote %1 (%n pack(s))", nullptr, int(catalog->packs.size())).arg(output));
    return 0;
}

} // namespace oht::cli
