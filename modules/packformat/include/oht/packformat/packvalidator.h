#pragma once

#include "oht/packformat/finding.h"
#include "oht/packformat/manifest.h"
#include "oht/packformat/quiz.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace oht::packformat {

class PackFiles;

struct ValidationResult
{
    Findings findings; ///< every problem, in file then position order
    std::optional<Manifest> manifest;
    QHash<QString, Quiz> quizzes; ///< by item id, those that parsed

    bool ok() const { return manifest.has_value() && !hasErrors(findings); }
};

/// Checks a whole pack: manifest, outline, every lesson's links and images, every quiz's
/// answer key, path safety and collisions. Reports all problems at once.
class PackValidator
{
public:
    /// `today` makes the review-by check testable.
    explicit PackValidator(QDate today = QDate::currentDate());

    ValidationResult validate(const PackFiles &files) const;

    /// For built packs: also compare the manifest's `files` list with what the archive
    /// really holds (path -> actual SHA-256 hex and size), reporting file-unlisted,
    /// file-not-in-pack and hash-mismatch.
    ValidationResult validateBuilt(const PackFiles &files,
                                   const QHash<QString, FileEntry> &actual) const;

private:
    QDate m_today;
};

} // namespace oht::packformat
