// libFuzzer entry point for the pack format: the same bytes go to the manifest parser
// (source and built), the quiz parser, both lesson renderers and, as a one-file pack whose
// every item is those bytes, the whole validator. Beyond "no crash, no sanitizer report",
// it checks invariants that must hold for any input.
#include "oht/packformat/lessonrenderer.h"
#include "oht/packformat/manifestparser.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/packvalidator.h"
#include "oht/packformat/quizparser.h"

#include <QDate>
#include <QStringList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace oht::packformat;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_packformat: invariant broken: %s\n", what);
        std::abort();
    }
}

void checkFindings(const Findings &findings)
{
    for (const Finding &f : findings) {
        require(!f.code.isEmpty(), "finding without code");
        require(!f.message.isEmpty(), "finding without message");
        require(!f.file.isEmpty(), "finding without file");
        require(f.line >= 0 && f.column >= 0, "negative position");
        require((f.line == 0) == (f.column == 0), "line without column or column without line");
    }
}

void checkLesson(const QByteArray &bytes, LessonFormat format)
{
    const RenderedLesson lesson = renderLesson(bytes, format);
    const int lines = int(bytes.count('\n')) + 1;
    for (const LessonReference &ref : lesson.references) {
        require(ref.line >= 1 && ref.line <= lines, "reference line outside the source");
        require(ref.column >= 1, "reference column below 1");
        const QString resolved = resolveReference(QStringLiteral("lessons/a.md"), ref.target);
        if (resolved.isEmpty())
            continue;
        require(!resolved.startsWith(QLatin1Char('/')), "resolved reference is absolute");
        require(!resolved.split(QLatin1Char('/')).contains(QStringLiteral("..")),
                "resolved reference climbs out of the pack");
    }
    // The parts are independent: asking for one gives what All gives.
    const RenderedLesson content = renderLesson(bytes, format, RenderParts::ContentOnly);
    require(content.html == lesson.html && content.plainText == lesson.plainText,
            "ContentOnly differs from All");
    require(renderLesson(bytes, format, RenderParts::ReferencesOnly).references.size() ==
                lesson.references.size(),
            "ReferencesOnly differs from All");
    require(!lesson.plainText.startsWith(QLatin1Char(' ')) &&
                !lesson.plainText.endsWith(QLatin1Char(' ')) &&
                !lesson.plainText.contains(QLatin1String("  ")),
            "plain text white space not collapsed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    Findings findings;
    const auto manifest = parseManifest(bytes, QStringLiteral("pack.json"), findings);
    checkFindings(findings);
    if (manifest) {
        // What writeManifest produces is valid JSON and reads back to the same manifest.
        const QByteArray written = writeManifest(*manifest);
        Findings again;
        const auto reread = parseManifest(written, QStringLiteral("pack.json"), again);
        require(reread.has_value(), "written manifest does not parse");
        for (const Finding &f : again)
            require(f.code != QLatin1String("json-syntax"), "written manifest is not JSON");
        require(writeManifest(*reread) == written, "manifest write/read is not stable");
    }
    findings.clear();
    parseManifest(bytes, QStringLiteral("pack.json"), findings, ManifestKind::Source);
    checkFindings(findings);

    findings.clear();
    parseQuiz(bytes, QStringLiteral("quiz.json"), findings);
    checkFindings(findings);

    checkLesson(bytes, LessonFormat::Markdown);
    checkLesson(bytes, LessonFormat::Html);

    // The whole validator on a pack made of these bytes: pack.json, and every file the
    // outline names (a lesson, a quiz, whatever its extension).
    MemoryPackFiles pack;
    pack.insert(QStringLiteral("pack.json"), bytes);
    if (manifest)
        for (const OutlineItem &item : manifest->items())
            pack.insert(item.file, bytes);
    const ValidationResult result = PackValidator(QDate(2026, 6, 1)).validate(pack);
    checkFindings(result.findings);
    for (qsizetype i = 1; i < result.findings.size(); ++i)
        require(result.findings[i - 1].file <= result.findings[i].file,
                "findings not sorted by file");
    return 0;
}
