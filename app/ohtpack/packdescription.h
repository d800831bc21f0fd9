#pragma once

#include "oht/library/packsummary.h"
#include "oht/packformat/manifest.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

namespace oht::cli {

/// What `ohtpack info` shows about a pack, whether it comes from a .ohtpack file
/// (not installed) or from the library.
struct PackFacts
{
    packformat::Manifest manifest;
    qint64 contentBytes = 0;  ///< sum of the pack's file sizes
    int fileCount = 0;        ///< files besides pack.json; 0 when unknown
    qint64 archiveBytes = -1; ///< size of the .ohtpack file; -1 for an installed pack
    int questionCount = -1;   ///< quiz questions; -1 when unknown
    std::optional<library::PackSummary> installed;
};

/// Text and JSON renderings of a pack's metadata and outline.
class PackDescription
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::PackDescription)

public:
    static QString text(const PackFacts &facts, QDate today);
    static QJsonObject json(const PackFacts &facts, QDate today);
    /// One installed pack as `list --json` prints it.
    static QJsonObject summaryJson(const library::PackSummary &summary, QDate today);

private:
    static QString outlineText(const packformat::Manifest &manifest);
};

} // namespace oht::cli
