#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace oht::cli {

class Console;

/// Dispatches `ohtpack COMMAND ...` to a Command, and handles the forms that are not
/// a command: `--version`, `help [COMMAND]`, `--help`. Usage errors (unknown command
/// or option, wrong number of arguments, bad option value) exit with 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::CommandLine)

public:
    explicit CommandLine(Console &console);
    ~CommandLine();

    void add(std::unique_ptr<Command> command);
    /// `arguments` as from QCoreApplication::arguments(): the program name first.
    int run(const QStringList &arguments);

private:
    const Command *find(const QString &name) const;
    int runCommand(const Command &command, const QStringList &arguments);
    int usageError(const QString &message, const QString &helpHint);
    QString generalHelp() const;
    QString commandHelp(const Command &command) const;

    Console &m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace oht::cli
