#include "oht/web/lessonhtml.h"

#include <QRegularExpression>
#include <QTest>

using namespace oht::web;

class TestLessonHtml : public QObject
{
    Q_OBJECT

private:
    static LessonDocument lesson(const QString &language = QStringLiteral("en"))
    {
        return {QStringLiteral("org.example.a"),
                QStringLiteral("intro"),
                QStringLiteral("lessons/intro.md"),
                QStringLiteral("Intro <&> \"quoted\""),
                language,
                QStringLiteral("<h1>Hello</h1><p>Body text</p>")};
    }

private slots:
    void cspComesBeforeAnythingTheLessonBrings()
    {
        const QByteArray html = lessonPageHtml(lesson(), LessonTheme::Light);
        const qsizetype csp = html.indexOf("http-equiv=\"Content-Security-Policy\"");
        QVERIFY(csp > 0);
        QVERIFY(csp < html.indexOf("<title>"));
        QVERIFY(csp < html.indexOf("<body>"));
        QVERIFY(html.indexOf("<meta charset=\"utf-8\">") < csp);
        QVERIFY(html.contains(lessonContentSecurityPolicy().toUtf8()));
        QVERIFY(html.contains("<p>Body text</p>"));
        QVERIFY(html.indexOf("<p>Body text</p>") > html.indexOf("<body>"));
    }

    void policyForbidsInlineScriptAndForeignOrigins()
    {
        const QString csp = lessonContentSecurityPolicy();
        QVERIFY(csp.contains(QLatin1String("default-src 'self'")));
        QVERIFY(csp.contains(QLatin1String("script-src 'self';")));
        QVERIFY(!csp.contains(QLatin1String("unsafe-eval")));
        QVERIFY(csp.contains(QLatin1String("object-src 'none'")));
        QVERIFY(csp.contains(QLatin1String("base-uri 'none'")));
        QVERIFY(csp.contains(QLatin1String("form-action 'none'")));
        // No host or scheme source anywhere but data:/blob: for images and media.
        QVERIFY(!csp.contains(QLatin1String("http")));
        QVERIFY(!csp.contains(QLatin1Char('*')));
    }

    void titleIsEscaped()
    {
        const QByteArray html = lessonPageHtml(lesson(), LessonTheme::Light);
        QVERIFY(html.contains("<title>Intro &lt;&amp;&gt; &quot;quoted&quot;</title>"));
    }

    void stylesheetAndTheme()
    {
        QVERIFY(lessonPageHtml(lesson(), LessonTheme::Light)
                    .contains("<link rel=\"stylesheet\" href=\"/_oht/lesson.css\">"));
        QVERIFY(lessonPageHtml(lesson(), LessonTheme::Light).contains("data-oht-theme=\"light\""));
        QVERIFY(lessonPageHtml(lesson(), LessonTheme::Dark).contains("data-oht-theme=\"dark\""));
    }

    void languageAndDirection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("english") << "en-GB" << QByteArray("lang=\"en-GB\" dir=\"ltr\"");
        QTest::newRow("spanish") << "es" << QByteArray("lang=\"es\" dir=\"ltr\"");
        QTest::newRow("arabic") << "ar" << QByteArray("lang=\"ar\" dir=\"rtl\"");
        QTest::newRow("hebrew") << "he" << QByteArray("lang=\"he\" dir=\"rtl\"");
        QTest::newRow("persian") << "fa-IR" << QByteArray("lang=\"fa-IR\" dir=\"rtl\"");
        QTest::newRow("attribute injection")
            << "en\" onload=\"x" << QByteArray("<html dir=\"ltr\"");
        QTest::newRow("empty") << "" << QByteArray("<html dir=\"ltr\"");
    }
    void languageAndDirection()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, expected);
        const QByteArray html = lessonPageHtml(lesson(language), LessonTheme::Light);
        QVERIFY2(html.contains(expected), html.left(200).constData());
        QVERIFY(!html.contains("onload"));
    }

    void headResources_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("stylesheets");
        QTest::addColumn<QStringList>("scripts");
        QTest::newRow("whole document")
            << QByteArray("<!DOCTYPE html><html><head><title>t</title>"
                          "<link rel=\"stylesheet\" href=\"../media/a.css\">"
                          "<LINK REL='Stylesheet' HREF='../media/b.css?x=1&amp;y=2'>"
                          "<link rel=icon href=fav.png>"
                          "<script src=../media/app.js></script><script>inline()</script>"
                          "</head><body><link rel=stylesheet href=body.css>"
                          "<script src=body.js></script></body></html>")
            << QStringList{"../media/a.css", "../media/b.css?x=1&y=2"}
            << QStringList{"../media/app.js"};
        QTest::newRow("no head element, body tag")
            << QByteArray("<link rel=stylesheet href=s.css><body><p>x</p></body>")
            << QStringList{"s.css"} << QStringList{};
        QTest::newRow("fragment") << QByteArray("<link rel=stylesheet href=s.css><p>x</p>")
                                  << QStringList{} << QStringList{};
        QTest::newRow("empty href") << QByteArray("<head><link rel=stylesheet href=\"\"></head>")
                                    << QStringList{} << QStringList{};
    }
    void headResources()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, stylesheets);
        QFETCH(QStringList, scripts);
        const HeadResources head = oht::web::headResources(source);
        QCOMPARE(head.stylesheets, stylesheets);
        QCOMPARE(head.scripts, scripts);
    }

    void headResourcesComeAfterTheAppStylesheetEscaped()
    {
        LessonDocument doc = lesson();
        doc.stylesheets = {QStringLiteral("../media/own.css"),
                           QStringLiteral("x\"><script>evil()</script>")};
        doc.scripts = {QStringLiteral("../media/own.js")};
        const QByteArray html = lessonPageHtml(doc, LessonTheme::Light);
        QVERIFY(html.indexOf("href=\"../media/own.css\"") > html.indexOf("/_oht/lesson.css"));
        QVERIFY(html.indexOf("href=\"../media/own.css\"") < html.indexOf("</head>"));
        QVERIFY(html.contains("<script src=\"../media/own.js\"></script>"));
        QVERIFY(!html.contains("<script>evil()"));
        QVERIFY(html.contains("x&quot;&gt;&lt;script&gt;"));
    }

    void sealRawHtml_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("prefix"); // what must come before the CSP
        QTest::newRow("doctype kept first")
            << QByteArray("<!DOCTYPE html><html><head><script>x()</script>")
            << QByteArray("<!DOCTYPE html>");
        QTest::newRow("lower-case doctype")
            << QByteArray("  <!doctype html>\n<p>hi") << QByteArray("  <!doctype html>");
        QTest::newRow("no doctype")
            << QByteArray("<script>x()</script>") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("empty") << QByteArray() << QByteArray("<!DOCTYPE html>");
    }
    void sealRawHtml()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, prefix);
        const QByteArray sealed = oht::web::sealRawHtml(input);
        QVERIFY(sealed.startsWith(prefix));
        const QByteArray meta = "<meta http-equiv=\"Content-Security-Policy\"";
        QCOMPARE(sealed.indexOf(meta), prefix.size());
        // After the meta tag comes the file, unchanged.
        const qsizetype kept = input.startsWith(prefix) ? prefix.size() : 0;
        QCOMPARE(sealed.mid(sealed.indexOf('>', sealed.indexOf(meta)) + 1), input.mid(kept));
        if (input.contains("<script>"))
            QVERIFY(sealed.indexOf(meta) < sealed.indexOf("<script>"));
    }

    void mimeTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("mime");
        QTest::newRow("html") << "a/b.html" << QByteArray("text/html; charset=utf-8");
        QTest::newRow("HTM upper") << "B.HTM" << QByteArray("text/html; charset=utf-8");
        QTest::newRow("css") << "media/s.css" << QByteArray("text/css; charset=utf-8");
        QTest::newRow("js") << "media/app.js" << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("json") << "quizzes/q.json" << QByteArray("application/json");
        QTest::newRow("svg") << "media/d.svg" << QByteArray("image/svg+xml");
        QTest::newRow("png") << "media/d.png" << QByteArray("image/png");
        QTest::newRow("jpeg") << "media/d.jpeg" << QByteArray("image/jpeg");
        QTest::newRow("webp") << "media/d.webp" << QByteArray("image/webp");
        QTest::newRow("mp4") << "media/v.mp4" << QByteArray("video/mp4");
        QTest::newRow("webm") << "media/v.webm" << QByteArray("video/webm");
        QTest::newRow("mp3") << "media/a.mp3" << QByteArray("audio/mpeg");
        QTest::newRow("vtt") << "media/v.vtt" << QByteArray("text/vtt; charset=utf-8");
        QTest::newRow("woff2") << "media/f.woff2" << QByteArray("font/woff2");
        QTest::newRow("markdown as text")
            << "CHANGELOG.md" << QByteArray("text/plain; charset=utf-8");
        QTest::newRow("xhtml as text") << "x.xhtml" << QByteArray("text/plain; charset=utf-8");
        QTest::newRow("xml as text") << "x.xml" << QByteArray("text/plain; charset=utf-8");
        QTest::newRow("unknown") << "media/x.exe" << QByteArray("application/octet-stream");
        QTest::newRow("no extension") << "README" << QByteArray("application/octet-stream");
        QTest::newRow("double extension") << "a.png.html" << QByteArray("text/html; charset=utf-8");
    }
    void mimeTypes()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, mime);
        QCOMPARE(mimeTypeForPackPath(path), mime);
    }
};

QTEST_APPLESS_MAIN(TestLessonHtml)
#include "tst_lessonhtml.moc"
