#pragma once

#include "oht/packformat/finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace oht::cli {

class Console;

/// Prints validator findings the way editors and CI logs understand them:
/// `FILE:LINE:COL: error|warning|info: MESSAGE [code]` (LINE and COL left out when the
/// finding has no position), then a summary line `2 errors, 1 warning` (`, 3 infos`
/// added when there are any).
class FindingPrinter
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::FindingPrinter)

public:
    /// `packPath` is the path the user gave. For a source folder, file names are shown
    /// under it ("course/lessons/a.md") so an editor can open them; for a built pack they
    /// are shown as pack-relative names.
    FindingPrinter(QString packPath, bool isFolder);

    QString line(const packformat::Finding &finding) const;
    static QString summary(int errors, int warnings, int infos = 0);
    /// "error", "warning" or "info" (not translated: scripts read it).
    static QString severityName(const packformat::Finding &finding);
    static QJsonObject toJson(const packformat::Finding &finding);

    /// Prints every finding and the summary line to stdout.
    void print(const packformat::Findings &findings, Console &console) const;

private:
    QString m_packPath;
    bool m_isFolder;
};

int countErrors(const packformat::Findings &findings);
int countWarnings(const packformat::Findings &findings);
int countInfos(const packformat::Findings &findings);

} // namespace oht::cli
