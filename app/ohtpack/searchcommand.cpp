#include "searchcommand.h"

#include "console.h"
#include "libraryopener.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oht::cli {

namespace {
const QString kLimit = QStringLiteral("limit");
constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 10'000;
} // namespace

QString SearchCommand::summary() const
{
    return tr("Search the lessons of every installed pack");
}

QString SearchCommand::synopsis() const
{
    return QStringLiteral("[--json] [--limit N] QUERY...");
}

QString SearchCommand::description() const
{
    return tr("Full-text search over every installed lesson, best match first, with a\n"
              "snippet around the match. Several words must all occur; use \"quotes\" for\n"
              "a phrase. Matches show in bold on a terminal and in [brackets] otherwise;\n"
              "--json gives the snippet as HTML with <mark> around matches.");
}

void SearchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the hits as JSON.")));
    parser.addOption(QCommandLineOption(
        kLimit, tr("Show at most N hits (default %1).").arg(kDefaultLimit), QStringLiteral("N")));
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 tr("Words to look for; several arguments are joined."));
}

int SearchCommand::run(const QCommandLineParser &parser, const QString &dataDir,
                       Console &console) const
{
    int limit = kDefaultLimit;
    if (parser.isSet(kLimit)) {
        bool ok = false;
        limit = parser.value(kLimit).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            console.error(tr("--limit needs a whole number from 1 to %1, not \"%2\" (see 'ohtpack "
                             "search --help')")
                              .arg(kMaxLimit)
                              .arg(parser.value(kLimit)));
            return exitCodeFor(ErrorKind::Usage);
        }
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        console.error(tr("search needs a query (see 'ohtpack search --help')"));
        return exitCodeFor(ErrorKind::Usage);
    }

    int exitCode = 0;
    auto library = LibraryOpener::open(dataDir, console, &exitCode, /*readOnly=*/true);
    if (!library)
        return exitCode;
    const auto hits = library->search(query, limit);
    if (!hits) {
        console.error(tr("cannot search for \"%1\": %2").arg(query, hits.error().message));
        return exitCodeFor(hits.error().kind);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &h : *hits)
            list.append(QJsonObject{{QStringLiteral("packId"), h.packId},
                                    {QStringLiteral("packTitle"), h.packTitle},
                                    {QStringLiteral("itemId"), h.itemId},
                                    {QStringLiteral("lessonTitle"), h.lessonTitle},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("score"), h.score}});
        console.outJson(QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                  {QStringLiteral("count"), list.size()},
                                                  {QStringLiteral("hits"), list}}));
        return 0;
    }
    if (hits->isEmpty()) {
        console.outLine(tr("No lessons match \"%1\"").arg(textformat::printable(query)));
        return 0;
    }
    const bool terminal = console.stdoutIsTerminal();
    int rank = 0;
    for (const auto &h : *hits) {
        console.outLine(QStringLiteral("%1. %2 — %3  (%4 %5)")
                            .arg(++rank)
                            .arg(textformat::printable(h.lessonTitle),
                                 textformat::printable(h.packTitle), h.packId, h.itemId));
        console.outLine(QStringLiteral("   ") +
                        textformat::snippetForTerminal(h.snippet, terminal));
    }
    return 0;
}

} // namespace oht::cli
