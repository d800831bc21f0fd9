#include "reviewchecks.h"

#include "lineindex.h"
#include "oht/packformat/jsonlocator.h"
#include "readability.h"

#include <QCoreApplication>
#include <QUrl>
#include <md4c.h>

namespace oht::packformat::detail {

namespace {
QByteArrayView withoutBom(const QByteArray &source)
{
    QByteArrayView text(source);
    return text.startsWith("\xEF\xBB\xBF") ? text.sliced(3) : text;
}
bool isEnglish(const QString &language)
{
    return language.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ||
           language.startsWith(QLatin1String("en-"), Qt::CaseInsensitive);
}
} // namespace

ReviewChecks::ReviewChecks(const PackFiles &files, const Manifest &manifest, QDate today,
                           const QHash<QString, FileEntry> *actual, Findings &findings)
    : m_files(files), m_manifest(manifest), m_today(today), m_actual(actual), m_findings(findings)
{}

void ReviewChecks::add(const QString &code, Severity severity, const QString &file,
                       const QString &message, const QString &itemId, int line, int column)
{
    m_findings.append({code, severity, file, line, column, message, itemId});
}

void ReviewChecks::run(const QHash<QString, std::optional<Quiz>> &quizzes)
{
    checkReviewSoon();
    QSet<QString> seen;
    for (const OutlineItem &item : m_manifest.items()) {
        if (seen.contains(item.file) || !m_files.contains(item.file))
            continue; // one file shown by two items is checked once; missing ones are errors
        seen.insert(item.file);
        if (item.kind == ItemKind::Lesson && lessonFormatForPath(item.file, nullptr)) {
            checkLesson(item);
        } else if (item.kind == ItemKind::Quiz) {
            if (const auto json = m_files.read(item.file))
                m_quizTexts.append(*json);
            const auto quiz = quizzes.value(item.file);
            if (quiz)
                checkQuiz(item, *quiz);
        }
    }
    checkMedia();
}

void ReviewChecks::checkReviewSoon()
{
    const QDate due = m_manifest.reviewBy;
    if (!due.isValid() || !m_today.isValid() || due < m_today ||
        m_today.daysTo(due) > kReviewSoonDays)
        return; // a date already passed is review-date-passed
    TextPosition at;
    if (const auto json = m_files.read(QStringLiteral("pack.json")))
        at = JsonLocator(*json).valuePosition(QStringLiteral("/reviewBy"));
    const int days = int(m_today.daysTo(due));
    add(QStringLiteral("review-date-soon"), Severity::Warning, QStringLiteral("pack.json"),
        tr("The review date %1 is %n day(s) away. Plan the review now, then set a new date in "
           "\"reviewBy\".",
           nullptr, days)
            .arg(due.toString(Qt::ISODate)),
        {}, at.line, at.column);
}

const LessonStructure *ReviewChecks::structureOf(const QString &file)
{
    auto it = m_structures.find(file);
    if (it == m_structures.end()) {
        std::optional<LessonStructure> structure;
        LessonFormat format = LessonFormat::Markdown;
        if (lessonFormatForPath(file, &format)) {
            if (const auto source = m_files.read(file)) {
                const QByteArrayView text = withoutBom(*source);
                structure = format == LessonFormat::Markdown
                                ? markdownStructure(text, MD_DIALECT_GITHUB)
                                : htmlStructure(text);
            }
        }
        it = m_structures.insert(file, structure);
    }
    return it.value() ? &*it.value() : nullptr;
}

void ReviewChecks::checkLesson(const OutlineItem &item)
{
    const auto source = m_files.read(item.file);
    const LessonStructure *structure = structureOf(item.file);
    if (!source || !structure)
        return;
    LessonFormat format = LessonFormat::Markdown;
    lessonFormatForPath(item.file, &format);
    const RenderedLesson lesson = renderLesson(*source, format, RenderParts::ReferencesOnly);
    checkAnchors(item, lesson.references);

    LineIndex lines(withoutBom(*source));
    // Findings in source order need positions asked in increasing order: collect, then add.
    struct Located
    {
        qsizetype offset;
        QString code;
        Severity severity;
        QString message;
    };
    QList<Located> found;
    for (qsizetype offset : structure->imagesWithoutAlt)
        found.append({offset, QStringLiteral("image-no-alt"), Severity::Warning,
                      tr("This image has no alternative text, so screen-reader users hear only "
                         "its file name. Describe it in the brackets of ![...](...) or an alt "
                         "attribute (alt=\"\" for a purely decorative image).")});
    int previous = 0;
    for (const auto &h : structure->headings) {
        if (previous > 0 && h.level > previous + 1)
            found.append({h.offset, QStringLiteral("heading-skip"), Severity::Warning,
                          tr("This heading jumps from level %1 to level %2; people who navigate "
                             "by headings will think a section is missing. Use level %3.")
                              .arg(previous)
                              .arg(h.level)
                              .arg(previous + 1)});
        previous = h.level;
    }
    for (const auto &t : structure->tables)
        if (!t.hasHeader)
            found.append({t.offset, QStringLiteral("table-no-header"), Severity::Warning,
                          tr("This table has no header cells, so a screen reader cannot say "
                             "which column a value belongs to. Give it a header row (<th> in "
                             "HTML, a first row with text in Markdown).")});
    for (const auto &p : structure->paragraphs)
        if (p.words > kLongParagraphWords)
            found.append({p.offset, QStringLiteral("long-paragraph"), Severity::Warning,
                          tr("This paragraph has %1 words; on a phone that is several screens "
                             "of text. Split it into paragraphs of at most %2 words.")
                              .arg(p.words)
                              .arg(kLongParagraphWords)});
    std::stable_sort(found.begin(), found.end(),
                     [](const Located &a, const Located &b) { return a.offset < b.offset; });
    for (const Located &l : found) {
        const TextPosition at = lines.at(l.offset);
        add(l.code, l.severity, item.file, l.message, item.id, at.line, at.column);
    }

    if (isEnglish(m_manifest.language)) {
        const ReadabilityCounts counts = readabilityCounts(structure->prose);
        const double score = fleschReadingEase(counts);
        if (counts.words >= kReadabilityMinWords && score < kReadabilityThreshold)
            add(QStringLiteral("readability"), Severity::Info, item.file,
                tr("Flesch reading ease %1 (%2 words, %3 sentences): hard to read for many "
                   "learners. Shorter sentences and shorter words raise the score; 60 or more "
                   "is plain English.")
                    .arg(QString::number(score, 'f', 0))
                    .arg(counts.words)
                    .arg(counts.sentences),
                item.id);
    }
}

void ReviewChecks::checkAnchors(const OutlineItem &item, const QList<LessonReference> &refs)
{
    for (const LessonReference &ref : refs) {
        if (isExternalReference(ref.target))
            continue;
        QString fragment;
        const QString resolved = resolveReference(item.file, ref.target, &fragment);
        if (resolved.isEmpty() || !m_files.contains(resolved))
            continue; // broken-link or missing-image already says so
        m_referenced.insert(resolved);
        if (ref.isImage || !lessonFormatForPath(resolved, nullptr))
            continue;
        if (fragment.startsWith(QLatin1Char('#')))
            fragment.remove(0, 1);
        const QString anchor = QUrl::fromPercentEncoding(fragment.toUtf8());
        // "#" and "#top" scroll to the top in every browser.
        if (anchor.isEmpty() || anchor.compare(QLatin1String("top"), Qt::CaseInsensitive) == 0)
            continue;
        const LessonStructure *target = structureOf(resolved);
        if (!target || target->anchors.contains(anchor))
            continue;
        add(QStringLiteral("broken-anchor"), Severity::Warning, item.file,
            resolved == item.file
                ? tr("The link \"%1\" jumps to \"%2\", but this lesson has no element with that "
                     "id. Add id=\"%2\" to the place it should jump to.")
                      .arg(ref.target, anchor)
                : tr("The link \"%1\" jumps to \"%2\" in %3, but that lesson has no element "
                     "with that id. Add id=\"%2\" there.")
                      .arg(ref.target, anchor, resolved),
            item.id, ref.line, ref.column);
    }
}

} // namespace oht::packformat::detail
