#include "validationrun.h"

#include "manifestreader.h"
#include "oht/core/appinfo.h"
#include "oht/core/packpath.h"
#include "oht/packformat/lessonrenderer.h"
#include "oht/packformat/quizparser.h"
#include "reviewchecks.h"

#include <QCoreApplication>
#include <algorithm>

namespace oht::packformat::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::PackValidator", text);
}
const QString kManifest = QStringLiteral("pack.json");
// A signed pack carries its detached signature here, outside `files`: signing must not
// change pack.json (docs/catalog-format.md).
const QString kSignature = QStringLiteral("signature.json");
} // namespace

ValidationRun::ValidationRun(const PackFiles &files, QDate today, ManifestKind kind,
                             const QHash<QString, FileEntry> *actual, Checks checks)
    : m_files(files), m_today(today), m_kind(kind), m_actual(actual), m_checks(checks)
{}

void ValidationRun::add(const QString &code, Severity severity, const QString &file,
                        const QString &message, const QString &itemId, int line, int column)
{
    m_result.findings.append({code, severity, file, line, column, message, itemId});
}

ValidationResult ValidationRun::run()
{
    checkPaths();
    if (!m_files.contains(kManifest)) {
        add(QStringLiteral("missing-file"), Severity::Error, kManifest,
            tr("There is no pack.json at the top of the pack; every pack needs one."));
        sortFindings();
        return m_result;
    }
    const auto json = m_files.read(kManifest);
    if (!json) {
        add(QStringLiteral("missing-file"), Severity::Error, kManifest,
            tr("pack.json could not be read."));
        sortFindings();
        return m_result;
    }
    ManifestReader reader(*json, kManifest, m_result.findings, m_kind);
    m_result.manifest = reader.read();
    // A newer format may organise everything differently: nothing more to say about it.
    if (m_result.manifest && m_result.manifest->formatVersion <= kPackFormatVersion) {
        checkReviewDate(reader);
        checkOutline(reader);
        if (m_actual)
            checkFilesList(reader);
        if (m_checks == Checks::Review)
            ReviewChecks(m_files, *m_result.manifest, m_today, m_actual, m_result.findings)
                .run(m_parsedQuizzes);
    }
    sortFindings();
    return m_result;
}

void ValidationRun::checkPaths()
{
    // Files and the folders above them share one namespace on disk: "A/x.md" and a file
    // "a" collide on a case-insensitive file system as surely as two files do.
    QHash<QString, QString> byKey; // collision key -> first spelling seen
    QSet<QString> seenFolders;
    auto claim = [&](const QString &name, const QString &file) {
        const QString key = packPathCollisionKey(name);
        const auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            byKey.insert(key, name);
        } else if (it.value() != name) {
            add(QStringLiteral("path-collision"), Severity::Error, file,
                tr("\"%1\" and \"%2\" differ only by letter case or by how accents are encoded; "
                   "Windows and macOS would store them as one. Rename one of them.")
                    .arg(it.value(), name));
        }
    };
    for (const QString &path : m_files.paths()) {
        QString reason;
        if (!isSafePackPath(path, &reason)) {
            add(QStringLiteral("unsafe-path"), Severity::Error, path,
                tr("This file cannot be part of a pack: %1.").arg(reason));
            continue;
        }
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0;
             slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString folder = path.left(slash);
            if (!seenFolders.contains(folder)) {
                seenFolders.insert(folder);
                claim(folder, path);
            }
        }
        claim(path, path);
    }
    for (const RejectedEntry &r : m_files.rejected())
        add(QStringLiteral("unsafe-path"), Severity::Error, r.path,
            tr("%1 %2; a pack can only hold regular files and folders.").arg(r.path, r.reason));
}

void ValidationRun::checkReviewDate(ManifestReader &reader)
{
    const Manifest &m = *m_result.manifest;
    if (!m.reviewBy.isValid() || !m_today.isValid() || m.reviewBy >= m_today)
        return;
    reader.schema().report(QStringLiteral("review-date-passed"), Severity::Warning,
                           QStringLiteral("/reviewBy"), SchemaReader::At::Value,
                           tr("The review date %1 has passed. Check that the content is still "
                              "correct, then set a new date in \"reviewBy\".")
                               .arg(m.reviewBy.toString(Qt::ISODate)));
}

void ValidationRun::checkOutline(ManifestReader &reader)
{
    const QList<OutlineItem> items = m_result.manifest->items();
    const QStringList &pointers = reader.itemPointers();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const OutlineItem &item = items[i];
        const QString pointer = pointers.value(i) + QStringLiteral("/file");
        auto report = [&](const QString &code, const QString &message) {
            reader.schema().report(code, Severity::Error, pointer, SchemaReader::At::Value, message,
                                   item.id);
        };
        QString reason;
        if (!isSafePackPath(item.file, &reason)) {
            report(
                QStringLiteral("unsafe-path"),
                tr("Item \"%1\" names a file that cannot be in a pack: %2.").arg(item.id, reason));
            continue;
        }
        bool typeOk = true;
        if (item.kind == ItemKind::Lesson && !lessonFormatForPath(item.file, nullptr)) {
            typeOk = false;
            report(QStringLiteral("wrong-file-type"),
                   tr("Item \"%1\" is a lesson, but %2 is not a Markdown (.md) or HTML (.html) "
                      "file.")
                       .arg(item.id, item.file));
        } else if (item.kind == ItemKind::Quiz &&
                   !item.file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            typeOk = false;
            report(QStringLiteral("wrong-file-type"),
                   tr("Item \"%1\" is a quiz, but %2 is not a quiz file (.json).")
                       .arg(item.id, item.file));
        }
        if (!m_files.contains(item.file)) {
            report(
                QStringLiteral("missing-file"),
                tr("Item \"%1\" points to %2, which is not in the pack.").arg(item.id, item.file));
            continue;
        }
        if (!typeOk)
            continue;
        if (item.kind == ItemKind::Lesson)
            checkLesson(item);
        else
            checkQuiz(item);
    }
}

void ValidationRun::checkLesson(const OutlineItem &item)
{
    if (m_checkedLessons.contains(item.file))
        return; // two items may show one lesson; report its problems once
    m_checkedLessons.insert(item.file);
    const auto source = m_files.read(item.file);
    if (!source) {
        add(QStringLiteral("missing-file"), Severity::Error, item.file,
            tr("The lesson %1 of item \"%2\" could not be read.").arg(item.file, item.id), item.id);
        return;
    }
    LessonFormat format = LessonFormat::Markdown;
    lessonFormatForPath(item.file, &format);
    const RenderedLesson lesson = renderLesson(*source, format, RenderParts::ReferencesOnly);
    for (const LessonReference &ref : lesson.references) {
        if (isExternalReference(ref.target))
            continue; // shown to the learner, never opened silently (spec)
        const QString code =
            ref.isImage ? QStringLiteral("missing-image") : QStringLiteral("broken-link");
        const QString resolved = resolveReference(item.file, ref.target);
        QString message;
        if (resolved.isEmpty())
            message = ref.isImage ? tr("The image \"%1\" points outside the pack; use a path "
                                       "relative to the lesson, like \"../media/picture.png\".")
                                  : tr("The link \"%1\" points outside the pack; use a path "
                                       "relative to the lesson, like \"other-lesson.md\".");
        else if (resolved != item.file && !m_files.contains(resolved))
            message = ref.isImage ? tr("The image \"%1\" points to %2, which is not in the pack.")
                                  : tr("The link \"%1\" points to %2, which is not in the pack.");
        else
            continue; // a file of the pack, or this lesson's own anchor
        message = resolved.isEmpty() ? message.arg(ref.target) : message.arg(ref.target, resolved);
        add(code, Severity::Error, item.file, message, item.id, ref.line, ref.column);
    }
}

void ValidationRun::checkQuiz(const OutlineItem &item)
{
    auto it = m_parsedQuizzes.find(item.file);
    if (it == m_parsedQuizzes.end()) {
        std::optional<Quiz> quiz;
        if (const auto json = m_files.read(item.file))
            quiz = parseQuiz(*json, item.file, m_result.findings);
        else
            add(QStringLiteral("missing-file"), Severity::Error, item.file,
                tr("The quiz %1 of item \"%2\" could not be read.").arg(item.file, item.id),
                item.id);
        it = m_parsedQuizzes.insert(item.file, quiz);
    }
    if (it.value())
        m_result.quizzes.insert(item.id, *it.value());
}

void ValidationRun::checkFilesList(ManifestReader &reader)
{
    if (!reader.hasFilesList())
        return; // already an error; listing every file as unlisted would only add noise
    const Manifest &m = *m_result.manifest;
    const QStringList &pointers = reader.filePointers();
    QSet<QString> listed;
    for (qsizetype i = 0; i < m.files.size(); ++i) {
        const FileEntry &entry = m.files[i];
        listed.insert(entry.path);
        QString reason;
        if (!isSafePackPath(entry.path, &reason)) {
            reader.schema().report(
                QStringLiteral("unsafe-path"), Severity::Error,
                pointers.value(i) + QStringLiteral("/path"), SchemaReader::At::Value,
                tr("\"files\" lists a path that cannot be in a pack: %1.").arg(reason));
            continue;
        }
        const auto found = m_actual->constFind(entry.path);
        if (found == m_actual->constEnd()) {
            reader.schema().report(
                QStringLiteral("file-not-in-pack"), Severity::Error, pointers.value(i),
                SchemaReader::At::Value,
                tr("\"files\" lists %1, but the pack does not contain it.").arg(entry.path));
            continue;
        }
        if (entry.size >= 0 && found->size != entry.size)
            add(QStringLiteral("hash-mismatch"), Severity::Error, entry.path,
                tr("%1 has %2 bytes, but \"files\" in pack.json says %3: the file was changed or "
                   "damaged after the pack was built.")
                    .arg(entry.path, QString::number(found->size), QString::number(entry.size)));
        else if (!entry.sha256Hex.isEmpty() && found->sha256Hex.toLower() != entry.sha256Hex)
            add(QStringLiteral("hash-mismatch"), Severity::Error, entry.path,
                tr("The SHA-256 of %1 differs from the one in \"files\" in pack.json: the file "
                   "was changed or damaged after the pack was built.")
                    .arg(entry.path));
    }
    QStringList unlisted;
    for (auto it = m_actual->constBegin(); it != m_actual->constEnd(); ++it)
        if (it.key() != kManifest && it.key() != kSignature && !listed.contains(it.key()))
            unlisted.append(it.key());
    std::sort(unlisted.begin(), unlisted.end());
    for (const QString &path : std::as_const(unlisted))
        add(QStringLiteral("file-unlisted"), Severity::Error, path,
            tr("%1 is in the pack but not listed in \"files\" in pack.json.").arg(path));
}

void ValidationRun::sortFindings()
{
    std::stable_sort(m_result.findings.begin(), m_result.findings.end(),
                     [](const Finding &a, const Finding &b) {
                         if (const int c = QString::compare(a.file, b.file); c != 0)
                             return c < 0;
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.column < b.column;
                     });
}

} // namespace oht::packformat::detail
