#include "commandline.h"

#include "console.h"
#include "oht/core/appinfo.h"
#include "oht/core/datadir.h"
#include "oht/core/error.h"

#include <QCommandLineParser>

namespace oht::cli {

namespace {
const QString kDataDirOption = QStringLiteral("data-dir");
const QString kPortableOption = QStringLiteral("portable");
const QString kHelpOption = QStringLiteral("help");

bool isHelpWord(const QString &arg)
{
    return arg == QLatin1String("help") || arg == QLatin1String("--help") ||
           arg == QLatin1String("-h");
}

/// Moves `--data-dir X` / `--data-dir=X` / `--portable` given before the command name
/// behind it, so `ohtpack --data-dir X list` works like `ohtpack list --data-dir X`.
QStringList hoistLeadingDataDir(QStringList args, QStringList *moved)
{
    while (!args.isEmpty()) {
        if (args.first() == QLatin1String("--portable")) {
            *moved << args.takeFirst();
        } else if (args.first() == QLatin1String("--data-dir") && args.size() >= 2) {
            *moved << args.takeFirst();
            *moved << args.takeFirst();
        } else if (args.first().startsWith(QLatin1String("--data-dir="))) {
            *moved << args.takeFirst();
        } else {
            break;
        }
    }
    return args;
}
} // namespace

CommandLine::CommandLine(Console &console) : m_console(console) {}

CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandLine::find(const QString &name) const
{
    for (const auto &c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList moved;
    const QStringList args = hoistLeadingDataDir(arguments.mid(1), &moved);
    if (args.isEmpty())
        return usageError(tr("no command given"), QStringLiteral("ohtpack help"));

    const QString first = args.first();
    if (first == QLatin1String("--version")) {
        m_console.outLine(QStringLiteral("ohtpack %1").arg(appVersionString()));
        return 0;
    }
    if (isHelpWord(first)) {
        if (args.size() < 2) {
            m_console.out(generalHelp());
            return 0;
        }
        if (const Command *c = find(args.at(1))) {
            m_console.out(commandHelp(*c));
            return 0;
        }
        return usageError(tr("unknown command \"%1\"").arg(args.at(1)),
                          QStringLiteral("ohtpack help"));
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(tr("unknown option \"%1\"").arg(first), QStringLiteral("ohtpack help"));

    const Command *command = find(first);
    if (!command)
        return usageError(tr("unknown command \"%1\"").arg(first), QStringLiteral("ohtpack help"));
    return runCommand(*command, QStringList{arguments.value(0, QStringLiteral("ohtpack"))} +
                                    args.mid(1) + moved);
}

int CommandLine::runCommand(const Command &command, const QStringList &arguments)
{
    const QString hint = QStringLiteral("ohtpack %1 --help").arg(command.name());
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        kDataDirOption,
        tr("Library folder to use (default: $OHT_DATA_DIR, else the platform's app data folder)."),
        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        kPortableOption, tr("Keep the library in the \"data\" folder beside ohtpack (portable "
                            "mode, also on when a file named \"portable\" is there).")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), kHelpOption}, tr("Show this help.")));
    command.addOptions(parser);

    if (!parser.parse(arguments))
        return usageError(parser.errorText(), hint);
    if (parser.isSet(kHelpOption)) {
        m_console.out(commandHelp(command));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command.minPositional())
        return usageError(tr("missing argument: usage is \"ohtpack %1 %2\"")
                              .arg(command.name(), command.synopsis()),
                          hint);
    if (command.maxPositional() >= 0 && positional.size() > command.maxPositional())
        return usageError(
            tr("unexpected argument \"%1\"").arg(positional.at(command.maxPositional())), hint);
    if (parser.isSet(kDataDirOption) && parser.value(kDataDirOption).isEmpty())
        return usageError(tr("--data-dir needs a folder"), hint);

    // The same decision as oht-toolkit's (modules/core datadir.h).
    const QString portableDir =
        portableDataDir(QCoreApplication::applicationDirPath(), parser.isSet(kPortableOption));
    return command.run(parser, resolveDataDir(parser.value(kDataDirOption), portableDir),
                       m_console);
}

int CommandLine::usageError(const QString &message, const QString &helpHint)
{
    QString text = message.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    m_console.error(tr("%1 (see '%2')").arg(text, helpHint));
    return exitCodeFor(ErrorKind::Usage);
}

QString CommandLine::generalHelp() const
{
    QString text = tr("Usage: ohtpack COMMAND [options] [arguments]\n\n"
                      "Checks, builds and installs HealthTech Toolkit course packs.\n\n"
                      "Commands:\n");
    // The widest command name sets the column, so the summaries line up.
    qsizetype width = 4; // "help"
    for (const auto &c : m_commands)
        width = qMax(width, c->name().size());
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name().leftJustified(width), c->summary());
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("help").leftJustified(width),
                     tr("Show help for a command: ohtpack help COMMAND"));
    text +=
        tr("\nOptions for every command:\n"
           "  --data-dir DIR  library folder (default: the \"data\" folder beside ohtpack in\n"
           "                  portable mode, else $OHT_DATA_DIR, else the platform's app\n"
           "                  data folder)\n"
           "  --portable      portable mode: keep the library beside ohtpack (also on when\n"
           "                  a file named \"portable\" is there)\n"
           "  -h, --help      show the command's help\n"
           "  --version       show the version (as the only argument)\n\n"
           "Exit codes: 0 success, 1 invalid input or validation errors, 2 usage error,\n"
           "3 input/output or internal error. OHT_VERBOSE=1 shows the modules' log messages.\n");
    return text;
}

QString CommandLine::commandHelp(const Command &command) const
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        kDataDirOption,
        tr("Library folder to use (default: $OHT_DATA_DIR, else the platform's app data folder)."),
        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        kPortableOption, tr("Keep the library in the \"data\" folder beside ohtpack (portable "
                            "mode, also on when a file named \"portable\" is there).")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), kHelpOption}, tr("Show this help.")));
    command.addOptions(parser);
    // Qt's help text starts with its own usage line; ours names the command.
    QString options = parser.helpText();
    const qsizetype optionsAt = options.indexOf(QLatin1String("\nOptions:"));
    options = optionsAt >= 0 ? options.mid(optionsAt + 1) : QString();
    return tr("Usage: ohtpack %1 %2\n\n%3\n\n")
               .arg(command.name(), command.synopsis(), command.description()) +
           options;
}

} // namespace oht::cli
