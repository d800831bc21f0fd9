#include "preparedpack.h"

#include "oht/packformat/lessonrenderer.h"
#include "oht/packformat/packfiles.h"
#include "searchmarkers.h"

#include <QCoreApplication>
#include <QThread>
#include <thread>
#include <vector>

namespace oht::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::Importer", text);
}

Error unreadable(const QString &file)
{
    // The validator has read these files already; failing here is a bug, not bad input.
    return Error::internal(QStringLiteral("library.unreadable-item"),
                           tr("The pack file %1 could not be read after validation.").arg(file));
}

} // namespace

QString indexableText(QString text)
{
    text.remove(kMatchStart);
    text.remove(kMatchEnd);
    return text;
}

Result<PreparedPack> preparePack(const packformat::Manifest &manifest,
                                 const packformat::PackFiles &files, const QByteArray &manifestJson,
                                 const QHash<QString, QString> &rendered)
{
    PreparedPack pack;
    pack.manifest = manifest;
    pack.manifestJson = manifestJson;
    for (const auto &file : manifest.files)
        pack.totalSize += file.size;

    struct Job
    {
        QByteArray source;
        packformat::LessonFormat format = packformat::LessonFormat::Markdown;
        qsizetype lesson = 0; ///< index into pack.lessons
    };
    QList<Job> jobs;
    for (const auto &item : manifest.items()) {
        if (item.kind == packformat::ItemKind::Lesson) {
            if (const auto text = rendered.constFind(item.file); text != rendered.cend()) {
                pack.lessons.append({item.id, item.title, *text});
                continue;
            }
        }
        const auto contents = files.read(item.file);
        if (!contents)
            return unreadable(item.file);
        if (item.kind == packformat::ItemKind::Quiz) {
            pack.quizzes.insert(item.id, *contents);
            continue;
        }
        Job job{*contents, packformat::LessonFormat::Markdown, pack.lessons.size()};
        if (!packformat::lessonFormatForPath(item.file, &job.format))
            return unreadable(item.file);
        jobs.append(job);
        pack.lessons.append({item.id, item.title, {}});
    }

    // Rendering is pure and the costliest CPU step of an import: spread it over the
    // cores. Each thread fills its own slots, so nothing is shared but read-only input.
    PreparedLesson *out = pack.lessons.data(); // detached once, before the threads start
    auto render = [&](qsizetype first, qsizetype step) {
        for (qsizetype i = first; i < jobs.size(); i += step) {
            const auto result = packformat::renderLesson(jobs.at(i).source, jobs.at(i).format,
                                                         packformat::RenderParts::ContentOnly);
            out[jobs.at(i).lesson].text = indexableText(result.plainText);
        }
    };
    const qsizetype threads =
        qMax<qsizetype>(1, qMin<qsizetype>(qMin(QThread::idealThreadCount(), 4), jobs.size()));
    std::vector<std::thread> workers;
    for (qsizetype t = 1; t < threads; ++t)
        workers.emplace_back(render, t, threads);
    render(0, threads);
    for (auto &worker : workers)
        worker.join();
    return pack;
}

} // namespace oht::library
