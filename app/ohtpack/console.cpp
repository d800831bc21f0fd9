#include "console.h"

#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace oht::cli {

namespace {
void writeAll(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.trimmed();
}
} // namespace

Console::Console() : m_stdoutIsTerminal(::isatty(STDOUT_FILENO) == 1) {}

void Console::out(const QString &text)
{
    writeAll(stdout, text.toUtf8());
}

void Console::outLine(const QString &line)
{
    writeAll(stdout, line.toUtf8() + '\n');
}

void Console::outJson(const QJsonDocument &doc)
{
    writeAll(stdout, doc.toJson(QJsonDocument::Indented));
}

void Console::error(const QString &message)
{
    writeAll(stderr, "ohtpack: " + oneLine(message).toUtf8() + '\n');
}

void Console::note(const QString &message)
{
    error(message);
}

} // namespace oht::cli
