#include "lineindex.h"

#include <algorithm>
#include <cstring>

namespace oht::packformat::detail {

TextPosition LineIndex::at(qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, m_text.size());
    if (offset < m_offset) {
        if (m_lineStarts.isEmpty()) {
            m_lineStarts.append(0);
            for (qsizetype i = 0; i < m_text.size(); ++i)
                if (m_text[i] == '\n')
                    m_lineStarts.append(i + 1);
        }
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - 1;
        m_offset = *it;
        m_line = int(it - m_lineStarts.cbegin()) + 1;
        m_column = 1;
    }
    // Jump from line break to line break (memchr is fast), then count the code points
    // of the last line: every byte except UTF-8 continuation bytes starts one.
    const char *p = m_text.data();
    while (const void *nl = std::memchr(p + m_offset, '\n', size_t(offset - m_offset))) {
        ++m_line;
        m_column = 1;
        m_offset = static_cast<const char *>(nl) - p + 1;
    }
    int column = m_column;
    for (qsizetype i = m_offset; i < offset; ++i)
        column += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
    m_column = column;
    m_offset = offset;
    return {m_line, m_column};
}

} // namespace oht::packformat::detail
