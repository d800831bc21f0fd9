#pragma once

#include <QByteArrayView>
#include <QString>

namespace oht::packformat::detail {

/// Plain text of an HTML fragment for the full-text index: tags removed, <script> and
/// <style> content and comments dropped, character references decoded, white space
/// (including no-break spaces) collapsed to single spaces, block elements separating
/// words. One linear pass.
QString htmlToText(QByteArrayView html);

/// Where a whole HTML document's <body> content lies, as byte offsets; the whole input
/// for a fragment.
struct BodyRange
{
    qsizetype start = 0;
    qsizetype end = 0;
};
BodyRange findBody(QByteArrayView html);

} // namespace oht::packformat::detail
