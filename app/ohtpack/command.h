#pragma once

#include <QString>

class QCommandLineParser;

namespace oht::cli {

class Console;

/// One `ohtpack` subcommand. The dispatcher (CommandLine) owns the parser: it adds
/// the options every command shares (--data-dir, --help), lets the command add its
/// own, parses, checks the positional-argument count and only then calls run().
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    /// One line for `ohtpack help`.
    virtual QString summary() const = 0;
    /// Arguments after the command name, for the usage line: "[options] PATH".
    virtual QString synopsis() const = 0;
    /// A paragraph or two for `ohtpack COMMAND --help`.
    virtual QString description() const = 0;

    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// How many positional arguments the command accepts; maxPositional -1 = any number.
    virtual int minPositional() const { return 1; }
    virtual int maxPositional() const { return 1; }

    /// Runs the command; returns the process exit code (see oht::exitCodeFor).
    /// `dataDir` is already resolved (--data-dir, OHT_DATA_DIR, platform default).
    virtual int run(const QCommandLineParser &parser, const QString &dataDir,
                    Console &console) const = 0;
};

} // namespace oht::cli
