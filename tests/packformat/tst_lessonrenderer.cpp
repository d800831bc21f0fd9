#include "oht/packformat/lessonrenderer.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht::packformat;

namespace {

/// The 1-based line and column of the first occurrence of `needle` in `text`, counting
/// code points, or of its `nth` occurrence: where a reference must be reported.
QPair<int, int> positionOf(const QByteArray &text, const QByteArray &needle, int nth = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < nth; ++i)
        at = text.indexOf(needle, at + 1);
    if (at < 0)
        return {0, 0};
    const QByteArray before = text.left(at);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1,
            int(QString::fromUtf8(before.mid(lineStart)).toUcs4().size()) + 1};
}

} // namespace

class TestLessonRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markdownHtml()
    {
        const QByteArray md = "# Title\n\n"
                              "| Term | Meaning |\n|---|---|\n| FHIR | A standard |\n\n"
                              "<div class=\"note\">Raw <b>HTML</b> stays.</div>\n\n"
                              "~~old~~ and https://example.org\n";
        const RenderedLesson r = renderLesson(md, LessonFormat::Markdown);
        QVERIFY(r.html.contains("<h1>Title</h1>"));
        QVERIFY(r.html.contains("<table>"));
        QVERIFY(r.html.contains("<th>Term</th>"));
        QVERIFY(r.html.contains("<td>FHIR</td>"));
        QVERIFY(r.html.contains("<div class=\"note\">Raw <b>HTML</b> stays.</div>"));
        QVERIFY(r.html.contains("<del>old</del>"));
        QVERIFY(r.html.contains("<a href=\"https://example.org\">"));
        QCOMPARE(r.plainText, QStringLiteral("Title Term Meaning FHIR A standard Raw HTML stays. "
                                             "old and https://example.org"));
    }

    void plainText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("tags stripped") << QByteArray("<p>Hello <b>wor</b>ld</p>") << "Hello world";
        QTest::newRow("blocks separate words")
            << QByteArray("<p>one</p><p>two</p><li>three") << "one two three";
        QTest::newRow("br separates") << QByteArray("a<br>b") << "a b";
        QTest::newRow("script dropped")
            << QByteArray("a<script>var x = '<p>no</p>';</script>b") << "ab";
        QTest::newRow("style dropped")
            << QByteArray("<style>p { color: red }</style>text") << "text";
        QTest::newRow("script upper case")
            << QByteArray("<SCRIPT type=x>hidden</SCRIPT >shown") << "shown";
        QTest::newRow("comment dropped") << QByteArray("a<!-- <p>hidden</p> -->b") << "ab";
        QTest::newRow("named entities")
            << QByteArray("Fish &amp; chips &lt;3 &copy; &mdash; &eacute;")
            << QString::fromUtf8("Fish & chips <3 © — é");
        QTest::newRow("numeric entities")
            << QByteArray("&#65;&#x42;&#X43; &#233; &#x1F600;") << QString::fromUtf8("ABC é 😀");
        QTest::newRow("invalid numeric entity")
            << QByteArray("&#0;&#xD800;&#99999999;") << QString::fromUtf8("\uFFFD\uFFFD\uFFFD");
        QTest::newRow("unknown entity kept") << QByteArray("&nosuch; & &amp") << "&nosuch; & &amp";
        QTest::newRow("nbsp collapses") << QByteArray("a&nbsp;&nbsp; b\xC2\xA0\xC2\xA0"
                                                      "c")
                                        << "a b c";
        QTest::newRow("white space collapsed") << QByteArray("  a \n\t b  ") << "a b";
        QTest::newRow("stray byte order marks dropped")
            << QByteArray("<p>\n\xEF\xBB\xBF Lesson\xEF\xBB\xBF one</p>") << "Lesson one";
        QTest::newRow("lone less-than is text") << QByteArray("1 < 2 and 3<4") << "1 < 2 and 3<4";
        QTest::newRow("attributes are not text")
            << QByteArray("<img alt=\"x\" src=\"a.png\">y") << "y";
        QTest::newRow("quoted > in attribute") << QByteArray("<a title=\"a>b\">link</a>") << "link";
        QTest::newRow("unterminated tag") << QByteArray("text <a href=\"x") << "text";
        QTest::newRow("multi-byte text")
            << QByteArray("Ça <em>marche</em> ☕") << QString::fromUtf8("Ça marche ☕");
    }
    void plainText()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToPlainText(html), text);
        // An HTML lesson's plain text comes from the same routine.
        QCOMPARE(renderLesson(html, LessonFormat::Html).plainText, text);
    }

    void markdownPlainTextHasNoScript()
    {
        const QByteArray md =
            "Before\n\n<script>alert('x')</script>\n\n<style>b{}</style>\n\nAfter &amp; done\n";
        const RenderedLesson r = renderLesson(md, LessonFormat::Markdown);
        QVERIFY(r.html.contains("<script>alert('x')</script>"));      // raw HTML is kept...
        QCOMPARE(r.plainText, QStringLiteral("Before After & done")); // ...but not indexed
    }

    void markdownReferences()
    {
        const QByteArray md =
            "\xEF\xBB\xBF# Lesson\n"
            "\n"
            "See [the intro](intro.md#start) and ![A **bold** diagram](../media/fig.svg \"t\").\n"
            "Also ![](../media/noalt.png) and <https://example.org>.\n"
            "\n"
            "| Col | Link |\n|---|---|\n| x | [cell](table.md) |\n"
            "\n"
            "Reference [style][ref] and a [café](caf%C3%A9.md).\n"
            "\n"
            "<div>\n<img\n   src=\"../media/raw.png\" alt=\"Raw\">\n</div>\n"
            "\n"
            "Inline <a href='inline.html'>raw</a> and `[not](code.md)`.\n"
            "\n"
            "    [indented](code-block.md)\n"
            "\n"
            "[ref]: other.md\n";
        const QByteArray text = md.mid(3); // positions ignore the byte order mark
        const RenderedLesson r = renderLesson(md, LessonFormat::Markdown);
        struct Expect
        {
            const char *target;
            bool isImage;
            QByteArray needle;
            int nth;
        };
        const QList<Expect> expected{
            {"intro.md#start", false, "intro.md#start", 1},
            {"../media/fig.svg", true, "../media/fig.svg", 1},
            {"../media/noalt.png", true, "../media/noalt.png", 1},
            {"https://example.org", false, "https://example.org", 1},
            {"table.md", false, "table.md", 1},
            {"other.md", false, "other.md", 1}, // a reference link points at its definition
            {"caf%C3%A9.md", false, "caf%C3%A9.md", 1},
            {"../media/raw.png", true, "../media/raw.png", 1},
            {"inline.html", false, "inline.html", 1},
        };
        // In source order: the definition of [ref] is last in the file.
        QList<LessonReference> refs = r.references;
        std::stable_sort(refs.begin(), refs.end(), [](const auto &a, const auto &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        QCOMPARE(refs.size(), expected.size());
        QStringList targets;
        for (const auto &ref : refs)
            targets << ref.target;
        QCOMPARE(targets, (QStringList{"intro.md#start", "../media/fig.svg", "../media/noalt.png",
                                       "https://example.org", "table.md", "caf%C3%A9.md",
                                       "../media/raw.png", "inline.html", "other.md"}));
        for (const Expect &e : expected) {
            const auto it =
                std::find_if(refs.cbegin(), refs.cend(), [&](const LessonReference &ref) {
                    return ref.target == QLatin1String(e.target);
                });
            QVERIFY2(it != refs.cend(), e.target);
            QCOMPARE(it->isImage, e.isImage);
            const auto pos = positionOf(text, e.needle, e.nth);
            QCOMPARE(it->line, pos.first);
            QCOMPARE(it->column, pos.second);
        }
        const auto fig = std::find_if(refs.cbegin(), refs.cend(),
                                      [](const auto &x) { return x.target == "../media/fig.svg"; });
        QVERIFY(fig->hasAlt);
        QCOMPARE(fig->alt, QStringLiteral("A bold diagram"));
        const auto noalt = std::find_if(refs.cbegin(), refs.cend(), [](const auto &x) {
            return x.target == "../media/noalt.png";
        });
        QVERIFY(!noalt->hasAlt);
        const auto raw = std::find_if(refs.cbegin(), refs.cend(),
                                      [](const auto &x) { return x.target == "../media/raw.png"; });
        QVERIFY(raw->hasAlt);
        QCOMPARE(raw->alt, QStringLiteral("Raw"));
    }

    void markdownReferenceWithEscapes()
    {
        // md4c rebuilds a destination with entities or backslash escapes; the position is
        // then found again in the source.
        const QByteArray md = "Intro line\n\nA [link](a\\_b.md) and ![pic](x&amp;y.png)\n";
        const RenderedLesson r = renderLesson(md, LessonFormat::Markdown);
        QCOMPARE(r.references.size(), 2);
        QCOMPARE(r.references[0].target, QStringLiteral("a_b.md"));
        QCOMPARE(r.references[0].line, 3);
        QCOMPARE(r.references[0].column, 10);
        QCOMPARE(r.references[1].target, QStringLiteral("x&y.png"));
        QCOMPARE(r.references[1].line, 3);
        QCOMPARE(r.references[1].column, 30);
    }

    void htmlLesson()
    {
        const QByteArray html =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
            "  <title>Ignored title</title>\n"
            "  <link rel=\"stylesheet\" href=\"../media/style.css\">\n"
            "  <script>document.write('<a href=\"fake.md\">');</script>\n"
            "</head>\n<body class=\"lesson\">\n"
            "<h1>Caf&eacute;</h1>\n"
            "<!-- <img src=\"commented.png\"> -->\n"
            "<p>See <A HREF=other.html>this</A> and <img src='../media/a.png'\n"
            "     alt=\"\"> and <img src=\"../media/b.png\">.</p>\n"
            "<video src=\"../media/v.mp4\" poster=\"../media/poster.jpg\"></video>\n"
            "</body>\n</html>\n";
        const RenderedLesson r = renderLesson(html, LessonFormat::Html);
        QVERIFY(r.html.startsWith("\n<h1>Caf&eacute;</h1>"));
        QVERIFY(r.html.endsWith("</video>\n"));
        QVERIFY(!r.html.contains("<body"));
        QCOMPARE(r.plainText, QString::fromUtf8("Café See this and and ."));
        struct Expect
        {
            const char *target;
            bool isImage;
            bool hasAlt;
        };
        const QList<Expect> expected{
            {"../media/style.css", false, false}, {"other.html", false, false},
            {"../media/a.png", true, true},       {"../media/b.png", true, false},
            {"../media/v.mp4", false, false},     {"../media/poster.jpg", true, false}};
        QCOMPARE(r.references.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const LessonReference &ref = r.references[i];
            QCOMPARE(ref.target, QString::fromLatin1(expected[i].target));
            QCOMPARE(ref.isImage, expected[i].isImage);
            QCOMPARE(ref.hasAlt, expected[i].hasAlt);
            const auto pos = positionOf(html, expected[i].target);
            QCOMPARE(ref.line, pos.first);
            QCOMPARE(ref.column, pos.second);
        }
    }

    void htmlFragmentAndEntitiesInUrls()
    {
        const QByteArray html = "<p>Über <a href=\"a.html?x=1&amp;y=2\">x</a></p>";
        const RenderedLesson r = renderLesson(html, LessonFormat::Html);
        QCOMPARE(r.html, QString::fromUtf8(html));
        QCOMPARE(r.references.size(), 1);
        QCOMPARE(r.references[0].target, QStringLiteral("a.html?x=1&y=2"));
        QCOMPARE(r.references[0].line, 1);
        QCOMPARE(r.references[0].column, 18); // "Ü" is one column
    }

    void htmlWithoutBodyTag()
    {
        const QByteArray html = "<html><head><title>T</title></head><p>Text</p></html>";
        const RenderedLesson r = renderLesson(html, LessonFormat::Html);
        QCOMPARE(r.html, QStringLiteral("<p>Text</p>"));
        QCOMPARE(r.plainText, QStringLiteral("Text"));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("sibling") << "lessons/a.md"
                                 << "b.md"
                                 << "lessons/b.md"
                                 << "";
        QTest::newRow("parent") << "lessons/a.md"
                                << "../media/x.png"
                                << "media/x.png"
                                << "";
        QTest::newRow("fragment") << "lessons/a.md"
                                  << "b.md#part-2"
                                  << "lessons/b.md"
                                  << "#part-2";
        QTest::newRow("query") << "lessons/a.md"
                               << "b.html?x=1#y"
                               << "lessons/b.html"
                               << "#y";
        QTest::newRow("dot segments") << "lessons/x/a.md"
                                      << "./../y/./b.md"
                                      << "lessons/y/b.md"
                                      << "";
        QTest::newRow("percent escapes") << "a.md"
                                         << "my%20file.md"
                                         << "my file.md"
                                         << "";
        QTest::newRow("utf-8 escapes") << "a.md"
                                       << "caf%C3%A9.md" << QString::fromUtf8("café.md") << "";
        QTest::newRow("anchor only") << "lessons/a.md"
                                     << "#top"
                                     << "lessons/a.md"
                                     << "#top";
        QTest::newRow("empty") << "lessons/a.md"
                               << ""
                               << "lessons/a.md"
                               << "";
        QTest::newRow("root lesson") << "a.md"
                                     << "media/x.png"
                                     << "media/x.png"
                                     << "";
        QTest::newRow("surrounding spaces") << "a.md"
                                            << "  b.md "
                                            << "b.md"
                                            << "";
        QTest::newRow("escapes the root") << "lessons/a.md"
                                          << "../../x.md"
                                          << ""
                                          << "";
        QTest::newRow("escapes via escapes") << "a.md"
                                             << "%2e%2e/x.md"
                                             << ""
                                             << "";
        QTest::newRow("absolute") << "lessons/a.md"
                                  << "/media/x.png"
                                  << ""
                                  << "";
        QTest::newRow("https") << "lessons/a.md"
                               << "https://example.org/a#b"
                               << ""
                               << "#b";
        QTest::newRow("mailto") << "lessons/a.md"
                                << "mailto:a@example.org"
                                << ""
                                << "";
        QTest::newRow("data") << "lessons/a.md"
                              << "data:image/png;base64,AAAA"
                              << ""
                              << "";
        QTest::newRow("network path") << "lessons/a.md"
                                      << "//example.org/x.png"
                                      << ""
                                      << "";
    }
    void resolve()
    {
        QFETCH(QString, lesson);
        QFETCH(QString, target);
        QFETCH(QString, resolved);
        QFETCH(QString, fragment);
        QString frag = QStringLiteral("unset");
        QCOMPARE(resolveReference(lesson, target, &frag), resolved);
        QCOMPARE(frag, fragment);
    }

    void external_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("external");
        QTest::newRow("http") << "http://x" << true;
        QTest::newRow("HTTPS upper") << "HTTPS://X" << true;
        QTest::newRow("mailto") << "mailto:a@b" << true;
        QTest::newRow("tel") << "tel:+441234" << true;
        QTest::newRow("network path") << "//host/x" << true;
        QTest::newRow("relative") << "a/b.md" << false;
        QTest::newRow("colon after slash") << "a/b:c.md" << false;
        QTest::newRow("anchor") << "#x" << false;
        QTest::newRow("digit first") << "1http:x" << false;
    }
    void external()
    {
        QFETCH(QString, target);
        QFETCH(bool, external);
        QCOMPARE(isExternalReference(target), external);
    }

    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: unsupported
        QTest::newRow("md") << "lessons/a.md" << int(LessonFormat::Markdown);
        QTest::newRow("MD upper") << "lessons/A.MD" << int(LessonFormat::Markdown);
        QTest::newRow("html") << "a.html" << int(LessonFormat::Html);
        QTest::newRow("htm") << "x/a.htm" << int(LessonFormat::Html);
        QTest::newRow("txt") << "a.txt" << -1;
        QTest::newRow("md in folder name") << "a.md/b" << -1;
        QTest::newRow("no extension") << "README" << -1;
    }
    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        LessonFormat f = LessonFormat::Markdown;
        QCOMPARE(lessonFormatForPath(path, &f), format >= 0);
        if (format >= 0)
            QCOMPARE(int(f), format);
    }

    void hostileInputStaysQuick()
    {
        // Pathological shapes for a scanner: none may hang or crash. (No timing assertion:
        // a quadratic scan of these sizes would simply not finish in the test timeout.)
        const QByteArray manyLinks = QByteArray("[a](x&amp;y.md) ").repeated(20000);
        QCOMPARE(renderLesson(manyLinks, LessonFormat::Markdown).references.size(), 20000);
        const QByteArray openTags = QByteArray("<a href=").repeated(50000);
        renderLesson(openTags, LessonFormat::Html);
        const QByteArray comments = QByteArray("<!--").repeated(50000);
        QCOMPARE(renderLesson(comments, LessonFormat::Html).plainText, QString());
        const QByteArray scripts = QByteArray("<script>").repeated(50000);
        renderLesson(scripts, LessonFormat::Markdown);
    }
};

QTEST_GUILESS_MAIN(TestLessonRenderer)
#include "tst_lessonrenderer.moc"
