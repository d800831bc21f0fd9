#include "lessonstructure.h"

#include "htmlscanner.h"

#include <cstdint>
#include <md4c.h>

namespace oht::packformat::detail {

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool wordChar =
            c.isLetterOrNumber() || c.isMark() ||
            (inWord && (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-')));
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

namespace {

bool isHeadingTag(const HtmlScanner &s, const HtmlToken &t, int *level)
{
    if (t.nameEnd - t.nameStart != 2)
        return false;
    const QByteArrayView name = s.slice(t.nameStart, t.nameEnd);
    if ((name[0] != 'h' && name[0] != 'H') || name[1] < '1' || name[1] > '6')
        return false;
    *level = name[1] - '0';
    return true;
}

/// Elements whose end closes a sentence for the readability score even without a full stop
/// (headings, list items, table cells).
bool endsBlock(const HtmlScanner &s, const HtmlToken &t)
{
    int level = 0;
    return isHeadingTag(s, t, &level) || s.tagIs(t, "p") || s.tagIs(t, "li") || s.tagIs(t, "td") ||
           s.tagIs(t, "th") || s.tagIs(t, "div") || s.tagIs(t, "dd") || s.tagIs(t, "dt") ||
           s.tagIs(t, "blockquote") || s.tagIs(t, "figcaption") || s.tagIs(t, "br");
}

/// Walks HTML (a whole lesson, or one piece of raw HTML inside Markdown). Offsets of
/// tags are shifted by `base` into the lesson's text.
class HtmlWalker
{
public:
    explicit HtmlWalker(LessonStructure &out) : m_out(out) {}

    void walk(QByteArrayView html, qsizetype base, bool collectText)
    {
        HtmlScanner scanner(html);
        HtmlToken token;
        while (scanner.next(token)) {
            switch (token.kind) {
            case HtmlToken::Kind::StartTag:
                startTag(scanner, token, base);
                break;
            case HtmlToken::Kind::EndTag:
                endTag(scanner, token);
                break;
            case HtmlToken::Kind::Text:
                if (collectText && m_inPre == 0)
                    text(decodeEntities(scanner.slice(token.start, token.end)));
                break;
            default:
                break;
            }
        }
        if (collectText)
            closeParagraph();
    }

private:
    void startTag(const HtmlScanner &s, const HtmlToken &t, qsizetype base)
    {
        for (const char *name : {"id", "name"}) {
            if (std::string_view(name) == "name" && !s.tagIs(t, "a"))
                continue;
            if (const HtmlAttribute *a = s.attribute(t, name); a && a->hasValue)
                m_out.anchors.insert(decodeEntities(s.slice(a->valueStart, a->valueEnd)));
        }
        int level = 0;
        if (isHeadingTag(s, t, &level)) {
            closeParagraph();
            m_out.headings.append({level, base + t.start});
        } else if (s.tagIs(t, "table")) {
            closeParagraph();
            m_tables.append(m_out.tables.size());
            m_out.tables.append({false, base + t.start});
        } else if (s.tagIs(t, "th")) {
            if (!m_tables.isEmpty())
                m_out.tables[m_tables.last()].hasHeader = true;
        } else if (s.tagIs(t, "p")) {
            closeParagraph();
            m_paragraph = base + t.start;
            m_words = 0;
        } else if (s.tagIs(t, "pre")) {
            ++m_inPre;
        } else if (s.tagIs(t, "img") && !s.attribute(t, "alt")) {
            // alt="" is right for a decorative image; no alt at all leaves screen readers
            // reading out the file name.
            m_out.imagesWithoutAlt.append(base + t.start);
        }
    }

    void endTag(const HtmlScanner &s, const HtmlToken &t)
    {
        if (s.tagIs(t, "table") && !m_tables.isEmpty())
            m_tables.removeLast();
        else if (s.tagIs(t, "pre") && m_inPre > 0)
            --m_inPre;
        if (s.tagIs(t, "p"))
            closeParagraph();
        if (endsBlock(s, t))
            m_out.prose += QLatin1Char('\n');
    }

    void text(const QString &t)
    {
        m_out.prose += t;
        if (m_paragraph >= 0)
            m_words += countWords(t);
    }

    void closeParagraph()
    {
        if (m_paragraph >= 0)
            m_out.paragraphs.append({m_words, m_paragraph});
        m_paragraph = -1;
    }

    LessonStructure &m_out;
    QList<qsizetype> m_tables; ///< open tables, innermost last
    qsizetype m_paragraph = -1;
    int m_words = 0;
    int m_inPre = 0;
};

class MarkdownWalker
{
public:
    explicit MarkdownWalker(QByteArrayView text) : m_text(text), m_html(m_out) {}

    LessonStructure run(unsigned flags)
    {
        MD_PARSER parser{};
        parser.flags = flags;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            static_cast<MarkdownWalker *>(self)->enterBlock(type, detail);
            return 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
            static_cast<MarkdownWalker *>(self)->leaveBlock(type);
            return 0;
        };
        parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
            static_cast<MarkdownWalker *>(self)->enterSpan(type, detail);
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<MarkdownWalker *>(self)->leaveSpan(type);
            return 0;
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            static_cast<MarkdownWalker *>(self)->onText(type, text, size);
            return 0;
        };
        md_parse(m_text.data(), MD_SIZE(m_text.size()), &parser, this);
        return m_out;
    }

private:
    enum class Pending { None, Heading, Paragraph };

    qsizetype offsetOf(const MD_CHAR *p) const
    {
        const auto begin = reinterpret_cast<std::uintptr_t>(m_text.data());
        const auto at = reinterpret_cast<std::uintptr_t>(p);
        return p && at >= begin && at < begin + std::uintptr_t(m_text.size())
                   ? qsizetype(at - begin)
                   : -1;
    }

    /// First non-blank character on a line after `offset` (the rest of its line belongs
    /// to the block before).
    qsizetype lineAfter(qsizetype offset) const
    {
        qsizetype i = offset;
        if (i > 0) {
            while (i < m_text.size() && m_text[i] != '\n')
                ++i;
        }
        while (i < m_text.size() && (m_text[i] == '\n' || m_text[i] == ' ' ||
                                     m_text[i] == '\t' || m_text[i] == '\r'))
            ++i;
        return qMin(i, m_text.size());
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (type != MD_SPAN_IMG)
            return;
        const qsizetype src = offsetOf(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src.text);
        m_images.append({src >= 0 ? src : m_last, QString()});
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (type != MD_SPAN_IMG || m_images.isEmpty())
            return;
        const auto image = m_images.takeLast();
        if (image.second.trimmed().isEmpty())
            m_out.imagesWithoutAlt.append(image.first);
    }

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_H:
            m_out.headings.append({int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level), m_last});
            m_pending = Pending::Heading;
            break;
        case MD_BLOCK_TABLE:
            // Its first text may be far below (an empty header row): the table starts on
            // the first line with text after the previous text.
            m_out.tables.append({false, lineAfter(m_lastEnd)});
            break;
        case MD_BLOCK_TH:
            m_inHeaderCell = true;
            break;
        case MD_BLOCK_P:
            m_out.paragraphs.append({0, m_last});
            m_pending = Pending::Paragraph;
            m_inParagraph = true;
            break;
        case MD_BLOCK_CODE:
            m_inCode = true;
            break;
        default:
            break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_TH:
            m_inHeaderCell = false;
            break;
        case MD_BLOCK_P:
            m_inParagraph = false;
            break;
        case MD_BLOCK_CODE:
            m_inCode = false;
            return;
        default:
            break;
        }
        if (type == MD_BLOCK_H || type == MD_BLOCK_P || type == MD_BLOCK_LI ||
            type == MD_BLOCK_TH || type == MD_BLOCK_TD)
            m_out.prose += QLatin1Char('\n');
    }

    void onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        const qsizetype off = offsetOf(text);
        if (off >= 0) {
            m_last = off;
            m_lastEnd = off + qsizetype(size);
            // A block's position is that of its first text.
            if (m_pending == Pending::Heading)
                m_out.headings.last().offset = off;
            else if (m_pending == Pending::Paragraph)
                m_out.paragraphs.last().offset = off;
            m_pending = Pending::None;
        }
        const QByteArrayView chunk(text, size);
        if (type == MD_TEXT_HTML) {
            // Raw HTML: anchors, headings and tables written as tags; its text is not
            // prose (md4c hands text inside HTML blocks over as HTML too).
            m_html.walk(chunk, off >= 0 ? off : m_last, false);
            return;
        }
        if (m_inCode)
            return;
        if (!m_images.isEmpty()) {
            // Alternative text: not prose, but it makes the image accessible.
            for (auto &image : m_images)
                image.second += QString::fromUtf8(chunk);
            return;
        }
        if (type == MD_TEXT_CODE)
            return;
        const QString part = type == MD_TEXT_ENTITY ? decodeEntities(chunk)
                             : (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR)
                                 ? QStringLiteral(" ")
                                 : QString::fromUtf8(chunk);
        m_out.prose += part;
        if (m_inParagraph && !m_out.paragraphs.isEmpty())
            m_out.paragraphs.last().words += countWords(part);
        if (m_inHeaderCell && !part.trimmed().isEmpty() && !m_out.tables.isEmpty())
            m_out.tables.last().hasHeader = true;
    }

    QByteArrayView m_text;
    LessonStructure m_out;
    HtmlWalker m_html;
    qsizetype m_last = 0;
    qsizetype m_lastEnd = 0; ///< end of the last text md4c handed over from the source
    Pending m_pending = Pending::None;
    bool m_inHeaderCell = false;
    bool m_inParagraph = false;
    bool m_inCode = false;
    QList<QPair<qsizetype, QString>> m_images; ///< open images: source offset, alt text so far
};

} // namespace

LessonStructure markdownStructure(QByteArrayView markdown, unsigned parserFlags)
{
    return MarkdownWalker(markdown).run(parserFlags);
}

LessonStructure htmlStructure(QByteArrayView html)
{
    LessonStructure out;
    HtmlWalker(out).walk(html, 0, true);
    return out;
}

} // namespace oht::packformat::detail
