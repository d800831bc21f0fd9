#include "oht/core/error.h"

namespace oht {

Error Error::cancelled()
{
    return {ErrorKind::Cancelled, QStringLiteral("cancelled"),
            QCoreApplication::translate("oht::Error", "The operation was cancelled.")};
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return 1;
    case ErrorKind::Usage:
        return 2;
    case ErrorKind::Io:
    case ErrorKind::Internal:
    case ErrorKind::Cancelled:
        return 3;
    }
    return 3;
}

} // namespace oht
