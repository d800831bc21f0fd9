#pragma once

#include "oht/library/library.h"

#include <QCoreApplication>
#include <memory>

namespace oht::cli {

class Console;

/// Opens the library for a command, reporting a failure as one error line.
class LibraryOpener
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::LibraryOpener)

public:
    /// Returns null after printing the error; `exitCode` then holds the code to return.
    /// Commands that only read pass `readOnly`: they skip the full-file integrity check,
    /// which would cost a search of a large library most of its time.
    static std::unique_ptr<library::Library> open(const QString &dataDir, Console &console,
                                                  int *exitCode, bool readOnly = false);
};

} // namespace oht::cli
