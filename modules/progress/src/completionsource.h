#pragma once

#include "oht/progress/itemstate.h"

#include <QString>

namespace oht::progress {

// How CompletionSource is written in the database, the CSV and the xAPI extension.
inline QString completionSourceName(CompletionSource source)
{
    switch (source) {
    case CompletionSource::ReachedEnd:
        return QStringLiteral("end");
    case CompletionSource::Imported:
        return QStringLiteral("imported");
    case CompletionSource::Explicit:
        break;
    }
    return QStringLiteral("explicit");
}

inline CompletionSource completionSourceFrom(const QString &name)
{
    if (name == QLatin1String("end"))
        return CompletionSource::ReachedEnd;
    if (name == QLatin1String("imported"))
        return CompletionSource::Imported;
    return CompletionSource::Explicit;
}

} // namespace oht::progress
