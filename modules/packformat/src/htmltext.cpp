#include "htmltext.h"

#include "htmlscanner.h"

namespace oht::packformat::detail {

namespace {

/// Elements that end a line when shown, so their text must not run into the next word.
bool separatesWords(const HtmlScanner &s, const HtmlToken &t)
{
    static const char *const kBlocks[] = {
        "address", "article", "aside", "blockquote", "br",     "caption", "dd",    "details",
        "div",     "dl",      "dt",    "figcaption", "figure", "footer",  "form",  "h1",
        "h2",      "h3",      "h4",    "h5",         "h6",     "header",  "hr",    "img",
        "li",      "main",    "nav",   "ol",         "option", "p",       "pre",   "section",
        "summary", "table",   "tbody", "td",         "tfoot",  "th",      "thead", "tr",
        "ul",      "video",   "audio", "iframe"};
    if (t.nameEnd - t.nameStart > 10)
        return false;
    for (const char *b : kBlocks)
        if (s.tagIs(t, b))
            return true;
    return false;
}

/// Appends text, collapsing runs of white space (and U+00A0) into one pending space.
class Collapser
{
public:
    explicit Collapser(qsizetype reserve) { m_out.reserve(reserve); }

    void append(QByteArrayView text)
    {
        const char *p = text.data();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char c = p[i];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                m_space = true;
            } else if (c == '\xC2' && i + 1 < n && p[i + 1] == '\xA0') {
                m_space = true;
                ++i;
            } else {
                if (m_space && !m_out.isEmpty())
                    m_out.append(' ');
                m_space = false;
                m_out.append(c);
            }
        }
    }
    void space() { m_space = true; }
    QString result() const { return QString::fromUtf8(m_out); }

private:
    QByteArray m_out;
    bool m_space = false;
};

} // namespace

QString htmlToText(QByteArrayView html)
{
    HtmlScanner scanner(html);
    HtmlToken token;
    Collapser out(html.size() / 2);
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
