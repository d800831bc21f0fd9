#include "htmlscanner.h"

#include <cstring>

namespace oht::packformat::detail {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/// Whether the '<' before `c` opens markup; otherwise it is text ("a < b").
bool opensMarkup(char c)
{
    return isAsciiAlpha(c) || c == '/' || c == '!' || c == '?';
}
char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}
} // namespace

bool HtmlScanner::nameIs(qsizetype start, qsizetype end, std::string_view lowerName) const
{
    const auto n = qsizetype(lowerName.size());
    if (end - start != n)
        return false;
    for (qsizetype i = 0; i < n; ++i)
        if (lower(m_html[start + i]) != lowerName[i])
            return false;
    return true;
}

const HtmlAttribute *HtmlScanner::attribute(const HtmlToken &t, std::string_view lowerName) const
{
    for (const HtmlAttribute &a : t.attributes)
        if (nameIs(a.nameStart, a.nameEnd, lowerName))
            return &a;
    return nullptr;
}

qsizetype HtmlScanner::findRawTextEnd(qsizetype from, std::string_view lowerName) const
{
    const auto n = qsizetype(lowerName.size());
    const char *data = m_html.data();
    const qsizetype size = m_html.size();
    for (qsizetype i = from; i < size; ++i) {
        const void *hit = std::memchr(data + i, '<', size_t(size - i));
        if (!hit)
            return size;
        i = static_cast<const char *>(hit) - data;
        if (i + 2 + n <= size && data[i + 1] == '/' && nameIs(i + 2, i + 2 + n, lowerName) &&
            (i + 2 + n == size || isSpace(data[i + 2 + n]) || data[i + 2 + n] == '>' ||
             data[i + 2 + n] == '/'))
            return i;
    }
    return size;
}

bool HtmlScanner::next(HtmlToken &token)
{
    const qsizetype size = m_html.size();
    if (m_pos >= size)
        return false;
    if (!token.attributes.isEmpty())
        token.attributes.clear();
    token.start = m_pos;
    if (!m_rawTextTag.empty()) {
        token.kind = HtmlToken::Kind::RawText;
        token.end = m_pos = findRawTextEnd(m_pos, m_rawTextTag);
        m_rawTextTag = {};
        if (token.end > token.start)
            return true;
        if (m_pos >= size)
            return false;
        token.start = m_pos;
    }
    const char *data = m_html.data();
    if (data[m_pos] != '<' || m_pos + 1 >= size || !opensMarkup(data[m_pos + 1])) {
        // Text up to the next '<' that starts markup (a lone '<' is text).
        qsizetype i = m_pos + 1;
        for (;;) {
            const void *hit = std::memchr(data + i, '<', size_t(size - i));
            if (!hit) {
                i = size;
                break;
            }
            i = static_cast<const char *>(hit) - data;
            if (i + 1 < size && opensMarkup(data[i + 1]))
                break;
            ++i;
        }
        token.kind = HtmlToken::Kind::Text;
        token.end = m_pos = i;
        return true;
    }
    const char c = data[m_pos + 1];
    if (c == '!' || c == '?') {
        token.kind = HtmlToken::Kind::Comment;
        qsizetype end;
        if (c == '!' && m_html.sliced(m_pos).startsWith("<!--")) {
            const qsizetype close = m_html.indexOf("-->", m_pos + 4);
            end = close < 0 ? size : close + 3;
        } else {
            const void *gt = std::memchr(data + m_pos, '>', size_t(size - m_pos));
            end = gt ? static_cast<const char *>(gt) - data + 1 : size;
        }
        token.end = m_pos = end;
        return true;
    }
    if (c == '/' && m_pos + 2 < size && isAsciiAlpha(data[m_pos + 2])) {
        scanTag(token, true);
        return true;
    }
    if (isAsciiAlpha(c)) {
        scanTag(token, false);
        if (tagIs(token, "script"))
            m_rawTextTag = "script";
        else if (tagIs(token, "style"))
            m_rawTextTag = "style";
        return true;
    }
    // "</" followed by something other than a letter: a bogus comment up to '>'.
    token.kind = HtmlToken::Kind::Comment;
    const void *gt = std::memchr(data + m_pos, '>', size_t(size - m_pos));
    token.end = m_pos = gt ? static_cast<const char *>(gt) - data + 1 : size;
    return true;
}

void HtmlScanner::scanTag(HtmlToken &token, bool isEnd)
{
    const char *data = m_html.data();
    const qsizetype size = m_html.size();
    qsizetype i = m_pos + (isEnd ? 2 : 1);
    token.kind = isEnd ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    token.nameStart = i;
    while (i < size && !isSpace(data[i]) && data[i] != '/' && data[i] != '>')
        ++i;
    token.nameEnd = i;
    for (;;) {
        while (i < size && (isSpace(data[i]) || data[i] == '/'))
            ++i;
        if (i >= size || data[i] == '>')
            break;
        HtmlAttribute a;
        a.nameStart = i++; // a first '=' belongs to the name, as in browsers
        while (i < size && !isSpace(data[i]) && data[i] != '/' && data[i] != '>' && data[i] != '=')
            ++i;
        a.nameEnd = i;
        qsizetype j = i;
        while (j < size && isSpace(data[j]))
            ++j;
        if (j < size && data[j] == '=') {
            ++j;
            while (j < size && isSpace(data[j]))
                ++j;
            a.hasValue = true;
            if (j < size && (data[j] == '"' || data[j] == '\'')) {
                const char quote = data[j];
                a.valueStart = ++j;
                const void *close = std::memchr(data + j, quote, size_t(size - j));
                a.valueEnd = close ? static_cast<const char *>(close) - data : size;
                i = close ? a.valueEnd + 1 : size;
            } else {
                a.valueStart = j;
                while (j < size && !isSpace(data[j]) && data[j] != '>')
                    ++j;
                a.valueEnd = i = j;
            }
        }
        if (!isEnd && m_withAttributes)
            token.attributes.append(a);
    }
    token.end = m_pos = i < size ? i + 1 : size;
}

} // namespace oht::packformat::detail
