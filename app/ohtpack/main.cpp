// ohtpack: the HealthTech Toolkit command-line tool. Wires the commands together;
// each command lives in its own file.
#include "buildcommand.h"
#include "catalogcommand.h"
#include "commandline.h"
#include "console.h"
#include "diffcommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "keygencommand.h"
#include "listcommand.h"
#include "oht/core/appinfo.h"
#include "removecommand.h"
#include "reviewreportcommand.h"
#include "searchcommand.h"
#include "signcommand.h"
#include "validatecommand.h"
#include "verifycommand.h"

#include <QCoreApplication>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <langinfo.h>

namespace {
/// libarchive decodes entry names through the C library's locale; under "C" or
/// "POSIX" it cannot return non-ASCII names. Keep the user's locale when it is UTF-8,
/// otherwise switch only the character type to C.UTF-8.
void ensureUtf8CharacterType()
{
    std::setlocale(LC_CTYPE, "");
    if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
        std::setlocale(LC_CTYPE, "C.UTF-8");
}
/// The modules log through Qt categories. On the command line, stderr carries one
/// "ohtpack: ..." line per problem, so informational logging is off (OHT_VERBOSE=1
/// turns it on) and warnings get the same prefix.
void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool verbose = qEnvironmentVariableIntValue("OHT_VERBOSE") > 0;
    if ((type == QtDebugMsg || type == QtInfoMsg) && !verbose)
        return;
    QString line = message.simplified();
    if (verbose && context.category && std::strcmp(context.category, "default") != 0)
        line = QLatin1String(context.category) + QLatin1String(": ") + line;
    const char *kind = type == QtDebugMsg || type == QtInfoMsg ? "" : "warning: ";
    std::fprintf(stderr, "ohtpack: %s%s\n", kind, line.toUtf8().constData());
    std::fflush(stderr);
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(cliMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(oht::kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(oht::kApplicationName));
    QCoreApplication::setApplicationVersion(oht::appVersionString());
    ensureUtf8CharacterType();

    oht::cli::Console console;
    oht::cli::CommandLine commandLine(console);
    commandLine.add(std::make_unique<oht::cli::ValidateCommand>());
    commandLine.add(std::make_unique<oht::cli::BuildCommand>());
    commandLine.add(std::make_unique<oht::cli::DiffCommand>());
    commandLine.add(std::make_unique<oht::cli::ReviewReportCommand>());
    commandLine.add(std::make_unique<oht::cli::ImportCommand>());
    commandLine.add(std::make_unique<oht::cli::ListCommand>());
    commandLine.add(std::make_unique<oht::cli::SearchCommand>());
    commandLine.add(std::make_unique<oht::cli::InfoCommand>());
    commandLine.add(std::make_unique<oht::cli::RemoveCommand>());
    // Publishing (docs/catalog-format.md).
    commandLine.add(std::make_unique<oht::cli::KeygenCommand>());
    commandLine.add(std::make_unique<oht::cli::SignCommand>());
    commandLine.add(std::make_unique<oht::cli::VerifyCommand>());
    commandLine.add(std::make_unique<oht::cli::CatalogCommand>());
    return commandLine.run(QCoreApplication::arguments());
}
