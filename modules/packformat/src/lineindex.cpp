#include "lineindex.h"

#include <algorithm>

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
    const char *p = m_text.data();
    for (; m_offset < offset; ++m_offset) {
        const auto b = static_cast<unsigned char>(p[m_offset]);
        if (b == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((b & 0xC0) != 0x80) {
            ++m_column;
        }
    }
    return {m_line, m_column};
}

} // namespace oht::packformat::detail
