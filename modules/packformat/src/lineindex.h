#pragma once

#include "oht/packformat/jsonlocator.h"

#include <QByteArrayView>
#include <QList>

namespace oht::packformat::detail {

/// Turns byte offsets in a UTF-8 text into 1-based line/column (columns count code
/// points). Questions in increasing offset order cost linear time in total, even on one
/// very long line, because the last answer is kept as a starting point.
class LineIndex
{
public:
    explicit LineIndex(QByteArrayView text) : m_text(text) {}

    TextPosition at(qsizetype offset);

private:
    QByteArrayView m_text;
    QList<qsizetype> m_lineStarts; ///< built on the first backwards question
    qsizetype m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace oht::packformat::detail
