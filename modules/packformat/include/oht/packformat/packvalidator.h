#pragma once

#include "oht/packformat/finding.h"
#include "oht/packformat/manifest.h"
#include "oht/packformat/quiz.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace oht::packformat {

class PackFiles;

/// Which checks a validation runs. `Standard` is what installing needs (errors and the
/// format's warnings); `Review` adds the reviewers' checks of docs/review-checks.md
/// (accessibility, readability, quiz feedback, media, review date), which cost another
/// pass over every lesson and never produce errors.
enum class Checks { Standard, Review };

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
    /// `today` makes the review-by checks testable.
    explicit PackValidator(QDate today = QDate::currentDate(), Checks checks = Checks::Standard);

    ValidationResult validate(const PackFiles &files) const;

    /// For built packs: also compare the manifest's `files` list with what the archive
    /// really holds (path -> actual SHA-256 hex and size), reporting file-unlisted,
    /// file-not-in-pack and hash-mismatch.
    ValidationResult validateBuilt(const PackFiles &files,
                                   const QHash<QString, FileEntry> &actual) const;

private:
    QDate m_today;
    Checks m_checks;
};

} // namespace oht::packformat
