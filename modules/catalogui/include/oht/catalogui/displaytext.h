#pragma once

#include "oht/catalog/downloadjob.h"
#include "oht/catalog/packstatus.h"
#include "oht/packio/packcomparison.h"

#include <QCoreApplication>
#include <QString>

namespace oht::catalogui {

/// Short, translated texts the catalog widgets share (sizes, states, remaining time).
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(oht::catalogui::DisplayText)

public:
    static QString size(qint64 bytes);
    /// "Spanish (es)"; the code alone when Qt does not know it.
    static QString language(const QString &code);
    static QString availability(catalog::PackAvailability availability);
    static QString state(catalog::DownloadState state);
    /// A download's or install's failure in a few words, from its Error code
    /// ("connection lost", "signature not trusted"); the whole message goes elsewhere.
    static QString reason(const QString &errorCode);
    /// "About 3 minutes left"; empty when unknown.
    static QString remaining(int seconds);
    /// "4.2 MB of 12 MB".
    static QString progress(qint64 received, qint64 total);
    /// "Lessons: 2 added, 1 changed, 0 removed. Questions: …" (one line per kind).
    static QString changes(const packio::PackChanges &changes);
};

} // namespace oht::catalogui
