#pragma once

#include <QString>

class QJsonDocument;

namespace oht::cli {

/// Where a command writes: results to stdout, one-line errors to stderr prefixed
/// "ohtpack: ". Writes UTF-8 whatever the locale, so names and titles survive.
class Console
{
public:
    Console();

    void out(const QString &text); ///< no newline added
    void outLine(const QString &line = QString());
    void outJson(const QJsonDocument &doc);
    /// One error line on stderr: "ohtpack: MESSAGE". Newlines in MESSAGE are folded
    /// so every error stays one line for scripts that read stderr.
    void error(const QString &message);
    /// A non-fatal note on stderr, same prefix.
    void note(const QString &message);

    /// True when stdout is a terminal: only then may text output use ANSI styling.
    bool stdoutIsTerminal() const { return m_stdoutIsTerminal; }

private:
    bool m_stdoutIsTerminal = false;
};

} // namespace oht::cli
