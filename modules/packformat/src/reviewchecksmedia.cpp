// ReviewChecks, part two: quizzes and media (docs/review-checks.md).
#include "oht/packformat/jsonlocator.h"
#include "reviewchecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace oht::packformat::detail {

namespace {

bool hasFeedback(const Question &q)
{
    auto given = [](const QString &s) { return !s.trimmed().isEmpty(); };
    if (given(q.explanation) || given(q.feedbackCorrect) || given(q.feedbackIncorrect) ||
        given(q.feedbackTrue) || given(q.feedbackFalse))
        return true;
    for (const Option &o : q.options)
        if (given(o.feedback))
            return true;
    return false;
}

enum class MediaKind { None, Image, Audio, Video, Other };

MediaKind mediaKind(const QString &path)
{
    const QString ext = path.section(QLatin1Char('.'), -1).toLower();
    static const QSet<QString> images{"png",  "jpg", "jpeg", "gif",  "webp", "svg",
                                      "avif", "bmp", "tif",  "tiff", "ico"};
    static const QSet<QString> audio{"mp3", "ogg", "oga", "opus", "wav", "m4a", "aac", "flac"};
    static const QSet<QString> video{"mp4", "webm", "ogv", "mov", "m4v", "mkv"};
    static const QSet<QString> other{"vtt", "pdf", "css", "js", "woff", "woff2", "ttf", "otf"};
    if (!path.contains(QLatin1Char('.')))
        return MediaKind::None;
    if (images.contains(ext))
        return MediaKind::Image;
    if (audio.contains(ext))
        return MediaKind::Audio;
    if (video.contains(ext))
        return MediaKind::Video;
    return other.contains(ext) ? MediaKind::Other : MediaKind::None;
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}
} // namespace

void ReviewChecks::checkQuiz(const OutlineItem &item, const Quiz &quiz)
{
    const auto json = m_files.read(item.file);
    if (!json)
        return;
    // Questions are addressed by id: a question that failed to parse is not in `quiz`, so
    // list positions cannot be trusted.
    QHash<QString, int> indexOf;
    const QJsonArray list =
        QJsonDocument::fromJson(*json).object().value(QStringLiteral("questions")).toArray();
    for (int i = 0; i < list.size(); ++i)
        indexOf.insert(list[i].toObject().value(QStringLiteral("id")).toString(), i);
    const JsonLocator locator(*json);
    auto positionOf = [&](const QString &questionId, const char *field) {
        const QString question = JsonLocator::child(QStringLiteral("/questions"),
                                                    qsizetype(indexOf.value(questionId, -1)));
        const TextPosition p =
            locator.valuePosition(JsonLocator::child(question, QString::fromLatin1(field)));
        return p.isValid() ? p : locator.valuePosition(question);
    };

    for (const Question &q : quiz.questions) {
        if (!hasFeedback(q)) {
            const TextPosition at = positionOf(q.id, "prompt");
            add(QStringLiteral("missing-feedback"), Severity::Warning, item.file,
                tr("Question \"%1\" gives the learner no feedback: add an \"explanation\" (or "
                   "per-answer feedback) saying why the right answer is right.")
                    .arg(q.id),
                item.id, at.line, at.column);
        }
        const QString stem = q.prompt.simplified().toCaseFolded();
        if (stem.isEmpty())
            continue;
        const QString here = item.id + QStringLiteral(" / ") + q.id;
        const auto first = m_stems.constFind(stem);
        if (first == m_stems.cend()) {
            m_stems.insert(stem, here);
            continue;
        }
        const TextPosition at = positionOf(q.id, "prompt");
        add(QStringLiteral("duplicate-question"), Severity::Warning, item.file,
            tr("Question \"%1\" asks the same as question %2. Ask something different, or "
               "remove one of them.")
                .arg(q.id, first.value()),
            item.id, at.line, at.column);
    }
}

void ReviewChecks::checkMedia()
{
    QSet<QString> outlineFiles;
    for (const OutlineItem &item : m_manifest.items())
        outlineFiles.insert(item.file);
    QList<QByteArray> styleTexts; // a style sheet names its fonts and background images
    for (const QString &path : m_files.paths())
        if (path.endsWith(QLatin1String(".css"), Qt::CaseInsensitive) &&
            m_referenced.contains(path))
            if (const auto css = m_files.read(path))
                styleTexts.append(*css);

    for (const QString &path : m_files.paths()) {
        const MediaKind kind = mediaKind(path);
        if (kind == MediaKind::None || outlineFiles.contains(path))
            continue;
        if (!m_referenced.contains(path)) {
            // Quizzes (Markdown prompts) and style sheets name files relative to themselves;
            // the file's name appearing in one counts as a use.
            const QByteArray name = path.section(QLatin1Char('/'), -1).toUtf8();
            bool named = false;
            for (const QByteArray &text : std::as_const(m_quizTexts))
                named = named || text.contains(name);
            for (const QByteArray &text : std::as_const(styleTexts))
                named = named || text.contains(name);
            if (!named)
                add(QStringLiteral("unused-media"), Severity::Warning, path,
                    tr("No lesson or quiz uses %1, yet every learner downloads it. Remove it, "
                       "or link to it from a lesson.")
                        .arg(path));
        }

        qint64 size = m_files.fileSize(path);
        if (m_actual)
            size = m_actual->value(path, FileEntry{path, {}, size}).size;
        if (size < 0)
            continue;
        QString advice;
        if (kind == MediaKind::Image && size > kImageBytes)
            advice = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                         ? tr("Keep a diagram under %1: remove embedded bitmaps and editor "
                              "metadata (an SVG optimiser does this).")
                               .arg(megabytes(kImageBytes))
                         : tr("Aim for under 300 KB: about 1600 pixels wide is enough for any "
                              "screen; save photos as JPEG or WebP (quality 80) and drawings "
                              "as PNG or SVG.");
        else if (kind == MediaKind::Audio && size > kAudioBytes)
            advice = tr("Aim for under %1: speech needs no more than 64 kbit/s mono (about "
                        "0.5 MB a minute) in MP3 or Opus.")
                         .arg(megabytes(kAudioBytes / 2));
        else if (kind == MediaKind::Video && size > kVideoBytes)
            advice = tr("Aim for under %1: 720p at about 1.5 Mbit/s (about 11 MB a minute) is "
                        "sharp enough for lessons; split long videos into parts.")
                         .arg(megabytes(kVideoBytes / 2));
        if (!advice.isEmpty())
            add(QStringLiteral("oversized-media"), Severity::Warning, path,
                tr("%1 is %2; learners on slow or metered connections pay for every byte. %3")
                    .arg(path, megabytes(size), advice));
    }
}

} // namespace oht::packformat::detail
