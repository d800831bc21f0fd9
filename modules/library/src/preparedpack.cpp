#include "preparedpack.h"

#include "oht/packformat/lessonrenderer.h"
#include "oht/packformat/packfiles.h"
#include "searchmarkers.h"

#include <QCoreApplication>

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
                                 const packformat::PackFiles &files, const QByteArray &manifestJson)
{
    PreparedPack pack;
    pack.manifest = manifest;
    pack.manifestJson = manifestJson;
    for (const auto &file : manifest.files)
        pack.totalSize += file.size;

    for (const auto &item : manifest.items()) {
        const auto contents = files.read(item.file);
        if (!contents)
            return unreadable(item.file);
        if (item.kind == packformat::ItemKind::Quiz) {
            pack.quizzes.insert(item.id, *contents);
            continue;
        }
        packformat::LessonFormat format;
        if (!packformat::lessonFormatForPath(item.file, &format))
            return unreadable(item.file);
        const auto rendered = packformat::renderLesson(*contents, format);
        pack.lessons.append(
            {item.id, item.title, rendered.html, indexableText(rendered.plainText)});
    }
    return pack;
}

} // namespace oht::library
