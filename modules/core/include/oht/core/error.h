#pragma once

#include <QCoreApplication>
#include <QString>

namespace oht {

/// What kind of failure an Error is; maps onto the CLI's exit codes.
enum class ErrorKind {
    InvalidInput, ///< the user's data is wrong (bad pack, bad manifest): exit 1
    Usage,        ///< the command line is wrong: exit 2
    Io,           ///< disk, database or other environment failure: exit 3
    Internal,     ///< a bug or an unexpected state: exit 3
    Cancelled,    ///< the user stopped the operation
};

/// An error crossing a module boundary: a stable machine code plus a translated,
/// one-line, plain-language message.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString code;    ///< stable, e.g. "archive.path-traversal"
    QString message; ///< translated, one line, names the offending thing

    static Error invalid(const QString &code, const QString &message)
    {
        return {ErrorKind::InvalidInput, code, message};
    }
    static Error io(const QString &code, const QString &message)
    {
        return {ErrorKind::Io, code, message};
    }
    static Error internal(const QString &code, const QString &message)
    {
        return {ErrorKind::Internal, code, message};
    }
    static Error cancelled();
};

/// Exit code the command-line tool uses for an error of this kind.
int exitCodeFor(ErrorKind kind);

} // namespace oht
