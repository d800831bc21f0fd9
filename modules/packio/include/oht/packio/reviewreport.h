#pragma once

#include "oht/packformat/finding.h"
#include "oht/packformat/manifest.h"
#include "oht/packio/reviewnotes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace oht::packio {

/// The Markdown review report (`ohtpack review-report`): the pack's metadata, the share of
/// items reviewed, the validator's findings, every note by item in outline order (notes
/// on items no longer in the outline last) and a sign-off line to fill in.
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(oht::packio::ReviewReport)

public:
    ReviewReport(const packformat::Manifest &manifest, const packformat::Findings &findings,
                 const ReviewNotes &notes, QDate today = QDate::currentDate());

    QString markdown() const;

    /// Items of the outline marked reviewed in the notes, and all items.
    int reviewedItems() const;
    int totalItems() const;
    /// Rounded down, so 100% means every item; 0 for an empty outline.
    int percentReviewed() const;

private:
    const packformat::Manifest &m_manifest;
    const packformat::Findings &m_findings;
    const ReviewNotes &m_notes;
    QDate m_today;
};

} // namespace oht::packio
