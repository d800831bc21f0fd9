#include "htmltext.h"

#include "htmlscanner.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace oht::packformat::detail {

namespace {

/// A tag name of up to 8 characters, lower-cased, as one integer: comparing names is
/// then a single integer comparison (this runs for every tag of every lesson).
constexpr quint64 pack(std::string_view name)
{
    quint64 key = 0;
    for (size_t i = 0; i < name.size() && i < 8; ++i)
        key |= quint64(static_cast<unsigned char>(name[i])) << (8 * i);
    return key;
}

/// Elements that end a line when shown, so their text must not run into the next word.
bool separatesWords(const HtmlScanner &s, const HtmlToken &t)
{
    char buffer[10];
    std::string_view name;
    if (!s.lowerName(t, buffer, name))
        return false;
    if (name.size() > 8)
        return name == "blockquote" || name == "figcaption";
    switch (pack(name)) {
    // clang-format off
    case pack("address"): case pack("article"): case pack("aside"): case pack("audio"):
    case pack("br"): case pack("caption"): case pack("dd"): case pack("details"):
    case pack("div"): case pack("dl"): case pack("dt"): case pack("figure"):
    case pack("footer"): case pack("form"): case pack("h1"): case pack("h2"): case pack("h3"):
    case pack("h4"): case pack("h5"): case pack("h6"): case pack("header"): case pack("hr"):
    case pack("iframe"): case pack("img"): case pack("li"): case pack("main"): case pack("nav"):
    case pack("ol"): case pack("option"): case pack("p"): case pack("pre"): case pack("section"):
    case pack("summary"): case pack("table"): case pack("tbody"): case pack("td"):
    case pack("tfoot"): case pack("th"): case pack("thead"): case pack("tr"): case pack("ul"):
    case pack("video"):
        // clang-format on
        return true;
    default:
        return false;
    }
}

/// Bytes that need a look: ASCII white space, and the first bytes of U+00A0 (C2 A0) and
/// U+FEFF (EF BB BF).
constexpr auto kSpecial = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '\xC2', '\xEF'})
        t[c] = true;
    return t;
}();

/// Writes text into a buffer sized for the worst case, collapsing runs of white space
/// (ASCII and U+00A0) into one space. Raw pointer writes: this runs over every byte of
/// every lesson at import, and QByteArray::append per piece costs more than the copy.
class Collapser
{
public:
    // Decoding only shortens text ("&lt;" -> "<", "&#x1F600;" -> 4 bytes) and a space is
    // only written where markup or white space was, so the output never outgrows the input.
    explicit Collapser(qsizetype inputSize) : m_out(inputSize + 1, Qt::Uninitialized)
    {
        m_begin = m_end = m_out.data();
    }

    void append(QByteArrayView text)
    {
        const char *p = text.data();
        const char *const end = p + text.size();
        char *o = m_end;
        while (p < end) {
            // A run of ordinary bytes (a word, typically: too short for memcpy to pay).
            if (!kSpecial[static_cast<unsigned char>(*p)]) {
                if (m_space && o != m_begin)
                    *o++ = ' ';
                m_space = false;
                do
                    *o++ = *p++;
                while (p < end && !kSpecial[static_cast<unsigned char>(*p)]);
                if (p >= end)
                    break;
            }
            if (*p != '\xC2' && *p != '\xEF') { // ASCII white space
                m_space = true;
                ++p;
            } else if (*p == '\xC2' && p + 1 < end && p[1] == '\xA0') { // U+00A0, no-break space
                m_space = true;
                p += 2;
            } else if (*p == '\xEF' && end - p >= 3 && p[1] == '\xBB' && p[2] == '\xBF') {
                // U+FEFF, a stray byte order mark: invisible, and QString::fromUtf8 would drop
                // it at the start of the text and leave the space after it leading.
                p += 3;
            } else { // another character starting with C2 or EF: ordinary
                if (m_space && o != m_begin)
                    *o++ = ' ';
                m_space = false;
                *o++ = *p++;
            }
        }
        m_end = o;
    }
    void space() { m_space = true; }
    QString result() const { return QString::fromUtf8(m_begin, m_end - m_begin); }

private:
    QByteArray m_out;
    char *m_begin = nullptr;
    char *m_end = nullptr;
    bool m_space = false;
};

} // namespace

QString htmlToText(QByteArrayView html)
{
    HtmlScanner scanner(html, false);
    HtmlToken token;
    Collapser out(html.size());
    QByteArray decoded;
    while (scanner.next(token)) {
        switch (token.kind) {
        case HtmlToken::Kind::Text: {
            const QByteArrayView text = scanner.slice(token.start, token.end);
            if (text.contains('&')) {
                decoded.clear();
                decodeEntities(text, decoded);
                out.append(decoded);
            } else {
                out.append(text);
            }
            break;
        }
        case HtmlToken::Kind::StartTag:
        case HtmlToken::Kind::EndTag:
            if (separatesWords(scanner, token))
                out.space();
            break;
        case HtmlToken::Kind::Comment:
        case HtmlToken::Kind::RawText: // script and style: code, not words
            break;
        }
    }
    return out.result();
}

BodyRange findBody(QByteArrayView html)
{
    HtmlScanner scanner(html);
    HtmlToken token;
    qsizetype bodyStart = -1, bodyEnd = -1, headEnd = -1, htmlEnd = -1;
    while (scanner.next(token)) {
        if (token.kind == HtmlToken::Kind::StartTag && bodyStart < 0 &&
            scanner.tagIs(token, "body"))
            bodyStart = token.end;
        else if (token.kind == HtmlToken::Kind::EndTag && scanner.tagIs(token, "body"))
            bodyEnd = token.start; // the last one wins
        else if (token.kind == HtmlToken::Kind::EndTag && headEnd < 0 &&
                 scanner.tagIs(token, "head"))
            headEnd = token.end;
        else if (token.kind == HtmlToken::Kind::EndTag && scanner.tagIs(token, "html"))
            htmlEnd = token.start;
    }
    BodyRange r{0, html.size()};
    if (bodyStart >= 0) {
        r.start = bodyStart;
        if (bodyEnd >= bodyStart)
            r.end = bodyEnd;
        else if (htmlEnd >= bodyStart)
            r.end = htmlEnd;
    } else if (headEnd >= 0) {
        // A document that leaves out <body> (allowed in HTML): what follows the head.
        r.start = headEnd;
        if (htmlEnd >= headEnd)
            r.end = htmlEnd;
    }
    return r;
}

} // namespace oht::packformat::detail
