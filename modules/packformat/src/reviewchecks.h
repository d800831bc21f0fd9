#pragma once

#include "lessonstructure.h"
#include "oht/packformat/finding.h"
#include "oht/packformat/lessonrenderer.h"
#include "oht/packformat/manifest.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/quiz.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace oht::packformat::detail {

/// The reviewers' checks (docs/review-checks.md), run after the format's own checks on a
/// pack whose manifest parsed. They report warnings and infos only, never errors: a pack
/// that breaks one of them still installs and works.
class ReviewChecks
{
    Q_DECLARE_TR_FUNCTIONS(oht::packformat::detail::ReviewChecks)

public:
    /// `actual` (built packs) gives real file sizes; otherwise PackFiles::fileSize().
    ReviewChecks(const PackFiles &files, const Manifest &manifest, QDate today,
                 const QHash<QString, FileEntry> *actual, Findings &findings);

    /// `quizzes`: the parsed quizzes by file (nullopt for those that did not parse).
    void run(const QHash<QString, std::optional<Quiz>> &quizzes);

    /// Thresholds, documented in docs/review-checks.md.
    static constexpr int kReviewSoonDays = 30;
    static constexpr int kLongParagraphWords = 150;
    static constexpr double kReadabilityThreshold = 50.0;
    static constexpr int kReadabilityMinWords = 100;
    static constexpr qint64 kImageBytes = 1024 * 1024;
    static constexpr qint64 kAudioBytes = 20 * 1024 * 1024;
    static constexpr qint64 kVideoBytes = 200 * 1024 * 1024;

private:
    void checkReviewSoon();
    void checkLesson(const OutlineItem &item);
    void checkAnchors(const OutlineItem &item, const QList<LessonReference> &refs);
    void checkQuiz(const OutlineItem &item, const Quiz &quiz);
    void checkMedia();
    /// Structure of a lesson file (cached: anchors of other lessons are looked up often).
    const LessonStructure *structureOf(const QString &file);
    void add(const QString &code, Severity severity, const QString &file, const QString &message,
             const QString &itemId = {}, int line = 0, int column = 0);

    const PackFiles &m_files;
    const Manifest &m_manifest;
    QDate m_today;
    const QHash<QString, FileEntry> *m_actual;
    Findings &m_findings;
    QHash<QString, std::optional<LessonStructure>> m_structures;
    QSet<QString> m_referenced;      ///< files some lesson links to or shows
    QHash<QString, QString> m_stems; ///< normalised question prompt -> "quiz / question"
    QList<QByteArray> m_quizTexts;   ///< for media named only in a quiz's Markdown
};

} // namespace oht::packformat::detail
