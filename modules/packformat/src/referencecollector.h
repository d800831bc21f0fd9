#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace oht::packformat::detail {

/// A link or image found in a lesson, located by byte offset in the text scanned.
struct RawReference
{
    QString target;
    qsizetype offset = 0; ///< first byte of the target as written
    bool isImage = false;
    bool hasAlt = false;
    QString alt;
};

/// href, src and poster attributes of every element, outside comments and scripts.
QList<RawReference> htmlReferences(QByteArrayView html);

/// Links and images of a Markdown text, from md4c's parser, plus those in raw HTML
/// inside it, in source order.
QList<RawReference> markdownReferences(QByteArrayView markdown, unsigned parserFlags);

} // namespace oht::packformat::detail
