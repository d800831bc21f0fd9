#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>
#include <string_view>

namespace oht::packformat::detail {

struct HtmlAttribute
{
    qsizetype nameStart = 0;
    qsizetype nameEnd = 0;
    qsizetype valueStart = 0; ///< first byte of the value, after any quote
    qsizetype valueEnd = 0;
    bool hasValue = false;
};

struct HtmlToken
{
    enum class Kind { Text, StartTag, EndTag, Comment, RawText };
    Kind kind = Kind::Text;
    qsizetype start = 0; ///< whole token, in bytes
    qsizetype end = 0;
    qsizetype nameStart = 0; ///< tags only
    qsizetype nameEnd = 0;
    QVarLengthArray<HtmlAttribute, 8> attributes;
};

/// A forgiving, linear HTML tokenizer over UTF-8 bytes, enough to find tags, attributes
/// and text the way a browser would split them: comments, doctypes and processing
/// instructions are skipped, and the content of <script> and <style> comes back as one
/// RawText token (a "<a href" inside a script is not a link). No allocation per token.
class HtmlScanner
{
public:
    /// `withAttributes` false skips recording attributes (plain-text extraction needs none).
    explicit HtmlScanner(QByteArrayView html, bool withAttributes = true)
        : m_html(html), m_withAttributes(withAttributes)
    {}

    /// The next token; false at the end of the input.
    bool next(HtmlToken &token);

    /// Case-insensitive comparison of a tag or attribute name with a lower-case literal.
    bool nameIs(qsizetype start, qsizetype end, std::string_view lowerName) const;
    bool tagIs(const HtmlToken &t, std::string_view lowerName) const
    {
        return nameIs(t.nameStart, t.nameEnd, lowerName);
    }
    /// The attribute named `lowerName`, or nullptr.
    const HtmlAttribute *attribute(const HtmlToken &t, std::string_view lowerName) const;
    /// The tag's name in lower case into `buffer`; false when longer than the buffer.
    template <qsizetype N>
    bool lowerName(const HtmlToken &t, char (&buffer)[N], std::string_view &name) const
    {
        const qsizetype n = t.nameEnd - t.nameStart;
        if (n > N)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            const char c = m_html[t.nameStart + i];
            buffer[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        }
        name = std::string_view(buffer, size_t(n));
        return true;
    }
    QByteArrayView slice(qsizetype start, qsizetype end) const
    {
        return m_html.sliced(start, end - start);
    }

private:
    void scanTag(HtmlToken &token, bool isEnd);
    qsizetype findRawTextEnd(qsizetype from, std::string_view lowerName) const;

    QByteArrayView m_html;
    qsizetype m_pos = 0;
    std::string_view m_rawTextTag; ///< set after <script>/<style>
    bool m_withAttributes = true;
};

/// Appends `in` to `out` with HTML character references decoded (named ones from a
/// table of common entities, all numeric ones). Unknown references stay as written.
void decodeEntities(QByteArrayView in, QByteArray &out);
QString decodeEntities(QByteArrayView in);

} // namespace oht::packformat::detail
