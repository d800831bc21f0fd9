#include "referencecollector.h"

#include "htmlscanner.h"

#include <algorithm>
#include <cstdint>
#include <md4c.h>

namespace oht::packformat::detail {

QList<RawReference> htmlReferences(QByteArrayView html)
{
    QList<RawReference> refs;
    HtmlScanner scanner(html);
    HtmlToken token;
    while (scanner.next(token)) {
        if (token.kind != HtmlToken::Kind::StartTag)
            continue;
        const bool isImg = scanner.tagIs(token, "img");
        for (const HtmlAttribute &a : token.attributes) {
            const bool href = scanner.nameIs(a.nameStart, a.nameEnd, "href");
            const bool src = !href && scanner.nameIs(a.nameStart, a.nameEnd, "src");
            const bool poster = !href && !src && scanner.nameIs(a.nameStart, a.nameEnd, "poster");
            if (!href && !src && !poster)
                continue;
            RawReference r;
            r.target =
                decodeEntities(scanner.slice(a.valueStart, a.hasValue ? a.valueEnd : a.valueStart));
            r.offset = a.hasValue ? a.valueStart : a.nameStart;
            r.isImage = (isImg && src) || poster;
            if (isImg && src) {
                if (const HtmlAttribute *alt = scanner.attribute(token, "alt")) {
                    r.hasAlt = true;
                    r.alt = decodeEntities(scanner.slice(
                        alt->valueStart, alt->hasValue ? alt->valueEnd : alt->valueStart));
                }
            }
            refs.append(r);
        }
    }
    return refs;
}

namespace {

/// State shared with md4c's callbacks.
class MarkdownCollector
{
public:
    explicit MarkdownCollector(QByteArrayView text) : m_text(text) {}

    QList<RawReference> run(unsigned flags)
    {
        MD_PARSER parser{};
        parser.flags = flags;
        parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
        parser.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
        parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
            static_cast<MarkdownCollector *>(self)->enterSpan(type, detail);
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<MarkdownCollector *>(self)->leaveSpan(type);
            return 0;
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            static_cast<MarkdownCollector *>(self)->onText(type, text, size);
            return 0;
        };
        md_parse(m_text.data(), MD_SIZE(m_text.size()), &parser, this);

        // References inside raw HTML, mapped back from the collected HTML to the source.
        for (RawReference r : htmlReferences(m_html)) {
            r.offset = sourceOffset(r.offset);
            m_refs.append(r);
        }
        std::stable_sort(
            m_refs.begin(), m_refs.end(),
            [](const RawReference &a, const RawReference &b) { return a.offset < b.offset; });
        return m_refs;
    }

private:
    /// Offset of `p` in the source, or -1 when md4c hands us a string of its own.
    qsizetype offsetOf(const MD_CHAR *p) const
    {
        const auto begin = reinterpret_cast<std::uintptr_t>(m_text.data());
        const auto at = reinterpret_cast<std::uintptr_t>(p);
        return p && at >= begin && at < begin + std::uintptr_t(m_text.size())
                   ? qsizetype(at - begin)
                   : -1;
    }

    static QString attributeText(const MD_ATTRIBUTE &a)
    {
        QString out;
        for (int i = 0; a.substr_offsets && a.substr_offsets[i] < a.size; ++i) {
            const QByteArrayView part(a.text + a.substr_offsets[i],
                                      a.substr_offsets[i + 1] - a.substr_offsets[i]);
            switch (a.substr_types[i]) {
            case MD_TEXT_ENTITY:
                out += decodeEntities(part);
                break;
            case MD_TEXT_NULLCHAR:
                out += QChar::ReplacementCharacter;
                break;
            default:
                out += QString::fromUtf8(part);
                break;
            }
        }
        return out;
    }

    /// Where an attribute md4c rebuilt (entities, backslash escapes) was written: the
    /// first near match after the last known position. Bounded, so hostile input stays linear.
    qsizetype locate(const MD_ATTRIBUTE &a, const QString &decoded) const
    {
        if (const qsizetype off = offsetOf(a.text); off >= 0)
            return off;
        constexpr qsizetype kWindow = 4096;
        const QByteArrayView window = m_text.sliced(m_last, qMin(kWindow, m_text.size() - m_last));
        const QByteArray needle = decoded.toUtf8();
        qsizetype hit = needle.isEmpty() ? -1 : window.indexOf(needle);
        if (hit < 0) {
            hit = window.indexOf("](");
            if (hit >= 0)
                hit += 2;
        }
        return hit >= 0 ? m_last + hit : m_last;
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (type != MD_SPAN_A && type != MD_SPAN_IMG)
            return;
        const MD_ATTRIBUTE &attr = type == MD_SPAN_A
                                       ? static_cast<MD_SPAN_A_DETAIL *>(detail)->href
                                       : static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src;
        RawReference r;
        r.target = attributeText(attr);
        r.offset = locate(attr, r.target);
        r.isImage = type == MD_SPAN_IMG;
        if (r.isImage)
            m_openImages.append(m_refs.size());
        m_refs.append(r);
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (type != MD_SPAN_IMG || m_openImages.isEmpty())
            return;
        RawReference &r = m_refs[m_openImages.takeLast()];
        r.alt = r.alt.simplified();
        r.hasAlt = !r.alt.isEmpty();
    }

    void onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        const qsizetype off = offsetOf(text);
        if (off >= 0)
            m_last = off;
        const QByteArrayView chunk(text, size);
        if (type == MD_TEXT_HTML) {
            appendHtml(chunk, off);
            return;
        }
        if (m_openImages.isEmpty())
            return;
        // Alternative text: the image's inner text, nested spans flattened.
        const QString part = type == MD_TEXT_ENTITY     ? decodeEntities(chunk)
                             : type == MD_TEXT_NULLCHAR ? QString(QChar::ReplacementCharacter)
                             : (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR)
                                 ? QStringLiteral(" ")
                                 : QString::fromUtf8(chunk);
        for (qsizetype i : std::as_const(m_openImages))
            m_refs[i].alt += part;
    }

    /// Raw HTML reaches us in pieces (tags, and HTML blocks line by line with md4c's own
    /// newlines and indentation between). Joined, they form the HTML a browser would see;
    /// the segment table maps offsets in the joined text back to the source.
    void appendHtml(QByteArrayView chunk, qsizetype sourceOffset)
    {
        if (sourceOffset >= 0) {
            if (m_lastMappedEnd >= 0 && sourceOffset != m_lastMappedEnd && !m_gapFilled)
                m_html.append('\n'); // pieces from different places: keep tags apart
            m_segments.append({m_html.size(), sourceOffset});
            m_lastMappedEnd = sourceOffset + chunk.size();
            m_gapFilled = false;
        } else {
            m_segments.append({m_html.size(), -1});
            m_gapFilled = true;
        }
        m_html.append(chunk);
    }

    qsizetype sourceOffset(qsizetype htmlOffset) const
    {
        const auto it =
            std::upper_bound(m_segments.cbegin(), m_segments.cend(), htmlOffset,
                             [](qsizetype o, const Segment &s) { return o < s.htmlStart; });
        if (it == m_segments.cbegin())
            return 0;
        const Segment &s = *(it - 1);
        return s.sourceStart < 0 ? qMax<qsizetype>(0, m_lastMappedEnd)
                                 : s.sourceStart + (htmlOffset - s.htmlStart);
    }

    struct Segment
    {
        qsizetype htmlStart;
        qsizetype sourceStart; ///< -1 for text md4c made up (newlines, indentation)
    };

    QByteArrayView m_text;
    QList<RawReference> m_refs;
    QList<qsizetype> m_openImages;
    qsizetype m_last = 0;
    QByteArray m_html;
    QList<Segment> m_segments;
    qsizetype m_lastMappedEnd = -1;
    bool m_gapFilled = false;
};

} // namespace

QList<RawReference> markdownReferences(QByteArrayView markdown, unsigned parserFlags)
{
    // A second md4c pass costs as much as rendering; a text without anything that can
    // start a link or raw HTML (the autolinks need "://", "www." or "@") needs none.
    if (!markdown.contains('[') && !markdown.contains('<') && !markdown.contains('@') &&
        !markdown.contains("://") && !markdown.contains("www."))
        return {};
    return MarkdownCollector(markdown).run(parserFlags);
}

} // namespace oht::packformat::detail
