#include "fakepackcontent.h"
#include "oht/web/packscheme.h"
#include "oht/web/packschemehandler.h"
#include "webtesting.h"
#include "webtestmain.h"

#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace oht;
using namespace oht::web;

namespace {
const QString kPackA = QStringLiteral("org.example.a");
const QString kPackB = QStringLiteral("org.example.b");
} // namespace

/// The scheme handler alone: a profile with the handler but WITHOUT the interceptor,
/// so every refusal seen here is the handler's own.
class TestPackSchemeHandler : public QObject
{
    Q_OBJECT

private:
    test::FakePackContent m_content;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<PackSchemeHandler> m_handler;
    std::unique_ptr<QWebEnginePage> m_page;

    /// Synchronous XHR from the current page: [status, content type, body] or the error.
    QVariantList xhr(const QString &url, const QString &method = QStringLiteral("GET"))
    {
        const QVariant result = test::evalJs(
            m_page.get(),
            QStringLiteral("(function(){var x=new XMLHttpRequest();try{x.open('%1','%2',false);"
                           "x.send();return [x.status,x.getResponseHeader('Content-Type')||'',"
                           "x.responseText];}catch(e){return ['error',String(e),''];}})()")
                .arg(method, url));
        return result.toList();
    }

private slots:
    void initTestCase()
    {
        m_content.addPack(kPackA, QStringLiteral("ar"));
        m_content.addLesson(kPackA, QStringLiteral("intro"), QStringLiteral("lessons/intro.md"),
                            QStringLiteral("Introduction"),
                            QStringLiteral("<h1>Welcome</h1><p id=\"text\">Lesson body</p>"));
        m_content.addQuiz(kPackA, QStringLiteral("quiz"), QStringLiteral("quizzes/q.json"));
        m_content.addFile(kPackA, QStringLiteral("media/style.css"), "p { color: red; }");
        m_content.addFile(kPackA, QStringLiteral("media/app.js"), "var x = 1;");
        m_content.addFile(kPackA, QStringLiteral("media/pic.svg"),
                          "<svg xmlns='http://www.w3.org/2000/svg'/>");
        m_content.addFile(kPackA, QStringLiteral("media/pic.png"), "\x89PNG");
        m_content.addFile(kPackA, QStringLiteral("media/data.json"), "{}");
        m_content.addFile(kPackA, QStringLiteral("media/tool.exe"), "MZ");
        m_content.addFile(kPackA, QStringLiteral("CHANGELOG.md"), "# Changes");
        m_content.addFile(kPackA, QStringLiteral("media/widget.html"),
                          "<!DOCTYPE html><html><head><title>widget</title></head><body>"
                          "<script>document.title='inline ran';</script></body></html>");
        m_content.addPack(kPackB);
        m_content.addLesson(kPackB, QStringLiteral("b"), QStringLiteral("lessons/b.md"),
                            QStringLiteral("B"), QStringLiteral("<p>B</p>"));
        m_content.addFile(kPackB, QStringLiteral("secret.json"), "{\"secret\":\"b-only\"}");
        for (const QString &pack : {kPackA, kPackB}) {
            m_content.addFile(pack, QStringLiteral("media/pixel.gif"),
                              QByteArray::fromBase64(
                                  "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="));
            m_content.addFile(pack, QStringLiteral("media/leak.js"),
                              pack == kPackB ? "window.ohtLeaked = 'secret of B';"
                                             : "var own = 1;");
        }

        m_profile = std::make_unique<QWebEngineProfile>();
        m_profile->settings()->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
        m_handler = std::make_unique<PackSchemeHandler>(m_content);
        m_profile->installUrlSchemeHandler(kPackScheme, m_handler.get());
        m_page = std::make_unique<QWebEnginePage>(m_profile.get());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_profile.reset();
        m_handler.reset();
    }

    void lessonIsServedAsAWholePage()
    {
        QVERIFY(
            test::loadAndWait(m_page.get(), packUrl(kPackA, QStringLiteral("lessons/intro.md"))));
        QCOMPARE(m_page->title(), QStringLiteral("Introduction"));
        const QVariantList dom =
            test::evalJs(m_page.get(),
                         QStringLiteral("[document.documentElement.lang, document.dir,"
                                        " document.querySelector('#text').textContent,"
                                        " document.head.querySelector('meta[http-equiv]').content,"
                                        " document.characterSet, document.compatMode]"))
                .toList();
        QCOMPARE(dom.size(), 6);
        QCOMPARE(dom[0].toString(), QStringLiteral("ar"));
        QCOMPARE(dom[1].toString(), QStringLiteral("rtl"));
        QCOMPARE(dom[2].toString(), QStringLiteral("Lesson body"));
        QVERIFY(dom[3].toString().contains(QLatin1String("script-src 'self'")));
        QCOMPARE(dom[4].toString(), QStringLiteral("UTF-8"));
        QCOMPARE(dom[5].toString(), QStringLiteral("CSS1Compat")); // standards mode
    }

    void appStylesheetIsApplied()
    {
        QVERIFY(
            test::loadAndWait(m_page.get(), packUrl(kPackA, QStringLiteral("lessons/intro.md"))));
        // lesson.css gives the lesson column a measure; without it max-width is "none".
        QTRY_COMPARE_WITH_TIMEOUT(
            test::evalJs(m_page.get(), QStringLiteral("getComputedStyle(document.querySelector("
                                                      "'.oht-lesson')).maxWidth"))
                .toString()
                .endsWith(QLatin1String("px")),
            true, 10000);
        const QVariantList css = xhr(QStringLiteral("/_oht/lesson.css"));
        QCOMPARE(css.value(0).toInt(), 200);
        QVERIFY(css.value(2).toString().contains(QLatin1String("data-oht-theme")));
    }

    void filesHaveTheirMimeType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("body");
        QTest::newRow("css") << "media/style.css"
                             << "text/css"
                             << "p { color: red; }";
        QTest::newRow("js") << "media/app.js"
                            << "text/javascript"
                            << "var x = 1;";
        QTest::newRow("svg") << "media/pic.svg"
                             << "image/svg+xml"
                             << "";
        QTest::newRow("png") << "media/pic.png"
                             << "image/png"
                             << "";
        QTest::newRow("json") << "media/data.json"
                              << "application/json"
                              << "{}";
        QTest::newRow("exe") << "media/tool.exe"
                             << "application/octet-stream"
                             << "";
        QTest::newRow("changelog") << "CHANGELOG.md"
                                   << "text/plain"
                                   << "# Changes";
        QTest::newRow("quiz") << "quizzes/q.json"
                              << "application/json"
                              << "{}";
    }
    void filesHaveTheirMimeType()
    {
        QFETCH(QString, path);
        QFETCH(QString, mime);
        QFETCH(QString, body);
        QVERIFY(
            test::loadAndWait(m_page.get(), packUrl(kPackA, QStringLiteral("lessons/intro.md"))));
        const QVariantList reply = xhr(QStringLiteral("/") + path);
        QCOMPARE(reply.value(0).toInt(), 200);
        QVERIFY2(reply.value(1).toString().startsWith(mime), qPrintable(reply.value(1).toString()));
        if (!body.isEmpty())
            QCOMPARE(reply.value(2).toString(), body);
    }

    void rawHtmlGetsTheCsp()
    {
        QVERIFY(
            test::loadAndWait(m_page.get(), packUrl(kPackA, QStringLiteral("media/widget.html"))));
        QCOMPARE(m_page->title(), QStringLiteral("widget")); // the inline script did not run
        QVERIFY(test::evalJs(m_page.get(),
                             QStringLiteral("!!document.head.querySelector('meta[http-equiv]')"))
                    .toBool());
    }

    void missingThingsFail_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("missing file") << "oht-pack://org.example.a/media/nope.png";
        QTest::newRow("unknown pack") << "oht-pack://org.example.zzz/lessons/intro.md";
        QTest::newRow("origin root") << "oht-pack://org.example.a/";
        QTest::newRow("query") << "oht-pack://org.example.a/lessons/intro.md?x=1";
    }
    void missingThingsFail()
    {
        QFETCH(QString, url);
        QSignalSpy refused(m_handler.get(), &PackSchemeHandler::requestRefused);
        QVERIFY(!test::loadAndWait(m_page.get(), QUrl(url)));
        QVERIFY(!refused.isEmpty());
        QCOMPARE(refused.first().at(0).toUrl(), QUrl(url));
    }

    void crossPackInitiatorIsRefused_data()
    {
        QTest::addColumn<QString>("element"); // img or script: no-cors loads, no CORS check
        QTest::addColumn<QString>("path");
        QTest::newRow("image") << "img"
                               << "media/pixel.gif";
        QTest::newRow("script") << "script"
                                << "media/leak.js";
    }
    void crossPackInitiatorIsRefused()
    {
        QFETCH(QString, element);
        QFETCH(QString, path);
        // A page of pack A without any CSP (setHtml): only the handler can say no.
        QSignalSpy loaded(m_page.get(), &QWebEnginePage::loadFinished);
        m_page->setHtml(QStringLiteral("<p>A</p>"), packUrl(kPackA, QString()));
        QVERIFY(loaded.wait(20000));
        const QString load = QStringLiteral(
            "(function(){var e=document.createElement('%1');window.ohtLoad_%2='pending';"
            "e.onload=function(){window.ohtLoad_%2='loaded';};"
            "e.onerror=function(){window.ohtLoad_%2='error';};e.src='%3';"
            "document.body.appendChild(e);return true;})()");
        auto result = [this](const QString &name) {
            return test::evalJs(m_page.get(), QStringLiteral("window.ohtLoad_") + name).toString();
        };

        // Control: the same page may load its own pack's file.
        test::evalJs(m_page.get(),
                     load.arg(element, QStringLiteral("own"), packUrl(kPackA, path).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(result(QStringLiteral("own")), QStringLiteral("loaded"), 10000);

        QSignalSpy refused(m_handler.get(), &PackSchemeHandler::requestRefused);
        test::evalJs(m_page.get(),
                     load.arg(element, QStringLiteral("other"), packUrl(kPackB, path).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(result(QStringLiteral("other")), QStringLiteral("error"), 10000);
        QCOMPARE(test::evalJs(m_page.get(), QStringLiteral("String(window.ohtLeaked)")).toString(),
                 QStringLiteral("undefined"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toUrl(), packUrl(kPackB, path));
        QCOMPARE(refused.first().at(1).toUrl().host(), kPackA);
        QCOMPARE(refused.first().at(2).toString(), QStringLiteral("cross-origin"));

        // A cross-pack XHR does not even get that far (no CORS on the scheme).
        const QVariantList reply = xhr(packUrl(kPackB, QStringLiteral("secret.json")).toString());
        QCOMPARE(reply.value(0).toString(), QStringLiteral("error"));

        // The app itself may still open pack B (no initiator).
        QVERIFY(test::loadAndWait(m_page.get(), packUrl(kPackB, QStringLiteral("lessons/b.md"))));
    }

    void onlyGetIsServed()
    {
        QVERIFY(
            test::loadAndWait(m_page.get(), packUrl(kPackA, QStringLiteral("lessons/intro.md"))));
        QSignalSpy refused(m_handler.get(), &PackSchemeHandler::requestRefused);
        const QVariantList reply = xhr(QStringLiteral("/media/data.json"), QStringLiteral("POST"));
        QCOMPARE(reply.value(0).toString(), QStringLiteral("error"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(2).toString(), QStringLiteral("method"));
    }

    void themeIsWrittenIntoThePage()
    {
        m_handler->setTheme(LessonTheme::Dark);
        QVERIFY(
            test::loadAndWait(m_page.get(), packUrl(kPackA, QStringLiteral("lessons/intro.md"))));
        QCOMPARE(
            test::evalJs(m_page.get(), QStringLiteral("document.documentElement.dataset.ohtTheme"))
                .toString(),
            QStringLiteral("dark"));
        m_handler->setTheme(LessonTheme::Light);
    }
};

OHT_WEB_TEST_MAIN(TestPackSchemeHandler)
#include "tst_packschemehandler.moc"
