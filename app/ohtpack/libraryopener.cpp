#include "libraryopener.h"

#include "console.h"

namespace oht::cli {

std::unique_ptr<library::Library> LibraryOpener::open(const QString &dataDir, Console &console,
                                                      int *exitCode, bool readOnly)
{
    auto opened = library::Library::open(dataDir, readOnly ? storage::IntegrityCheck::BeforeWriting
                                                           : storage::IntegrityCheck::Always);
    if (!opened) {
        console.error(tr("cannot open the library in %1: %2").arg(dataDir, opened.error().message));
        // Whatever the library says, a library that will not open is an environment
        // problem for the CLI user, not bad input on the command line.
        *exitCode = exitCodeFor(opened.error().kind == ErrorKind::Usage ? ErrorKind::Io
                                                                        : opened.error().kind);
        return nullptr;
    }
    *exitCode = 0;
    return std::move(opened).value();
}

} // namespace oht::cli
