#include "desktopurlrecorder.h"
#include "fakepackcontent.h"
#include "oht/web/lessonpage.h"
#include "oht/web/packscheme.h"
#include "oht/web/sealedprofile.h"
#include "webtesting.h"
#include "webtestmain.h"

#include <QSignalSpy>
#include <QWebEngineView>

using namespace oht;
using namespace oht::web;

namespace {
const QString kPackA = QStringLiteral("org.example.a");
const QString kPackB = QStringLiteral("org.example.b");

const char kLinksLesson[] =
    "<h1 id=\"top\">Links</h1>\n"
    "<p><a id=\"internal\" href=\"other.md#sec\">Other lesson</a></p>\n"
    "<p><a id=\"media\" href=\"../media/pic.png\">A picture</a></p>\n"
    "<p><a id=\"external\" href=\"https://example.org/page\">The web</a></p>\n"
    "<p><a id=\"mailto\" href=\"mailto:someone@example.org\">Mail</a></p>\n"
    "<p><a id=\"tel\" href=\"tel:+15550100\">Call</a></p>\n"
    "<p><a id=\"mailblank\" target=\"_blank\" href=\"mailto:blank@example.org\">Mail, new "
    "window</a></p>\n"
    "<p><a id=\"program\" href=\"ms-msdt:/id%20PCWDiagnostic\">A program's own scheme</a></p>\n"
    "<p><a id=\"otherpack\" href=\"oht-pack://org.example.b/lessons/b.md\">Pack B</a></p>\n"
    "<p><a id=\"blank\" target=\"_blank\" href=\"https://example.org/blank\">New window</a></p>\n"
    "<p><a id=\"file\" href=\"file:///etc/hostname\">A local file</a></p>\n"
    "<p><a id=\"samepage\" href=\"#part\">Down the page</a></p>\n"
    "<div style=\"height:3000px\"></div><h2 id=\"part\">Part</h2>";

const char kFramesLesson[] =
    "<p>Frames</p>\n"
    "<iframe id=\"own\" src=\"../media/widget.html\"></iframe>\n"
    "<iframe id=\"svg\" src=\"../media/pic.svg\"></iframe>\n"
    "<iframe id=\"other\" src=\"oht-pack://org.example.b/lessons/b.md\"></iframe>\n"
    "<script src=\"../media/dialogs.js\"></script>";
} // namespace

class TestLessonPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DesktopUrlRecorder> m_desktop;
    test::FakePackContent m_content;
    std::unique_ptr<SealedProfile> m_profile;
    std::unique_ptr<QWebEngineView> m_view;
    LessonPage *m_page = nullptr;

    void openLinks()
    {
        QSignalSpy loaded(m_page, &QWebEnginePage::loadFinished);
        m_page->loadLesson(packUrl(kPackA, QStringLiteral("lessons/links.md")));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toBool());
    }

private slots:
    void initTestCase()
    {
        m_content.addPack(kPackA);
        m_content.addLesson(kPackA, QStringLiteral("links"), QStringLiteral("lessons/links.md"),
                            QStringLiteral("Links"), QString::fromUtf8(kLinksLesson));
        m_content.addLesson(kPackA, QStringLiteral("other"), QStringLiteral("lessons/other.md"),
                            QStringLiteral("Other"), QStringLiteral("<p>Other</p>"));
        m_content.addLesson(kPackA, QStringLiteral("frames"), QStringLiteral("lessons/frames.md"),
                            QStringLiteral("Frames"), QString::fromUtf8(kFramesLesson));
        m_content.addFile(kPackA, QStringLiteral("media/pic.png"), "png");
        m_content.addFile(kPackA, QStringLiteral("media/pic.svg"),
                          "<svg xmlns='http://www.w3.org/2000/svg'><text y='20'>svg</text></svg>");
        m_content.addFile(kPackA, QStringLiteral("media/widget.html"), "<p id='w'>widget</p>");
        m_content.addFile(kPackA, QStringLiteral("media/dialogs.js"),
                          "window.ohtDialogs = [];"
                          "window.ohtDialogs.push(String(alert('a')));"
                          "window.ohtDialogs.push(String(confirm('c')));"
                          "window.ohtDialogs.push(String(prompt('p', 'x')));"
                          "window.ohtDialogs.push(String(window.open('other.md')));");
        m_content.addPack(kPackB);
        m_content.addLesson(kPackB, QStringLiteral("b"), QStringLiteral("lessons/b.md"),
                            QStringLiteral("B"), QStringLiteral("<p>B</p>"));

        m_desktop = std::make_unique<test::DesktopUrlRecorder>();

        m_profile = std::make_unique<SealedProfile>(m_content);
        m_view = std::make_unique<QWebEngineView>();
        m_page = new LessonPage(*m_profile, m_view.get());
        m_view->setPage(m_page);
        m_page->watchUserInput(m_view.get());
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_desktop.reset();
        m_view.reset(); // the page (its child) goes before the profile
        m_profile.reset();
    }

    void clickedLinksAreRoutedNotFollowed_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("signal"); // lesson, external or blocked
        QTest::addColumn<QString>("target");
        QTest::newRow("lesson in the pack") << "#internal"
                                            << "lesson"
                                            << "lessons/other.md#sec";
        QTest::newRow("file in the pack") << "#media"
                                          << "lesson"
                                          << "media/pic.png";
        QTest::newRow("https") << "#external"
                               << "external"
                               << "https://example.org/page";
        // E-mail addresses and phone numbers are shown like web links, never opened.
        QTest::newRow("mailto") << "#mailto"
                                << "external"
                                << "mailto:someone@example.org";
        QTest::newRow("tel") << "#tel"
                             << "external"
                             << "tel:+15550100";
        QTest::newRow("mailto, target=_blank") << "#mailblank"
                                               << "external"
                                               << "mailto:blank@example.org";
        // Any other scheme (a program's own) is refused, not even shown.
        QTest::newRow("program scheme") << "#program"
                                        << "blocked"
                                        << "ms-msdt:/id%20PCWDiagnostic";
        QTest::newRow("target=_blank") << "#blank"
                                       << "external"
                                       << "https://example.org/blank";
        QTest::newRow("another pack") << "#otherpack"
                                      << "blocked"
                                      << "oht-pack://org.example.b/lessons/b.md";
        QTest::newRow("file url") << "#file"
                                  << "blocked"
                                  << "file:///etc/hostname";
    }
    void clickedLinksAreRoutedNotFollowed()
    {
        QFETCH(QString, selector);
        QFETCH(QString, signal);
        QFETCH(QString, target);
        openLinks();
        QSignalSpy lesson(m_page, &LessonPage::lessonLinkActivated);
        QSignalSpy external(m_page, &LessonPage::externalLinkActivated);
        QSignalSpy blocked(m_page, &LessonPage::navigationBlocked);
        QVERIFY(test::clickElement(m_page, m_view.get(), selector));
        QSignalSpy &expected = signal == QLatin1String("lesson")     ? lesson
                               : signal == QLatin1String("external") ? external
                                                                     : blocked;
        // Chromium may refuse a file: link itself before asking the page.
        if (signal != QLatin1String("none") &&
            !(target.startsWith(QLatin1String("file:")) && expected.isEmpty()))
            QTRY_COMPARE_WITH_TIMEOUT(expected.count(), 1, 10000);
        test::settle(500);
        if (signal == QLatin1String("lesson")) {
            QCOMPARE(lesson.first().at(0).toString(), kPackA);
            const QString fragment = lesson.first().at(2).toString();
            QCOMPARE(lesson.first().at(1).toString() +
                         (fragment.isEmpty() ? QString() : QLatin1Char('#') + fragment),
                     target);
        } else if (signal == QLatin1String("external")) {
            QCOMPARE(external.first().first().toUrl(), QUrl(target));
        }
        if (signal != QLatin1String("lesson"))
            QCOMPARE(lesson.count(), 0);
        if (signal != QLatin1String("external"))
            QCOMPARE(external.count(), 0);
        // Nothing was navigated, no program was asked to open anything.
        QCOMPARE(m_page->url().adjusted(QUrl::RemoveFragment),
                 packUrl(kPackA, QStringLiteral("lessons/links.md")));
        QCOMPARE(m_desktop->opened, QStringList());
    }

    void jumpsWithinTheLessonWork()
    {
        openLinks();
        QSignalSpy lesson(m_page, &LessonPage::lessonLinkActivated);
        QVERIFY(test::clickElement(m_page, m_view.get(), QStringLiteral("#samepage")));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->url().fragment(), QStringLiteral("part"), 10000);
        QVERIFY(test::evalJs(m_page, QStringLiteral("window.scrollY")).toInt() > 1000);
        QCOMPARE(lesson.count(), 0);
    }

    void scriptNavigationIsRefusedSilently_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("location to the web") << "location.href='https://example.org/x'";
        QTest::newRow("location to another lesson") << "location.href='other.md'";
        QTest::newRow("location to another pack")
            << "location.href='oht-pack://org.example.b/lessons/b.md'";
        QTest::newRow("data url") << "location.href='data:text/html,<p>x'";
        QTest::newRow("synthetic click, web") << "document.getElementById('external').click()";
        QTest::newRow("synthetic click, lesson") << "document.getElementById('internal').click()";
        QTest::newRow("synthetic click, new window") << "document.getElementById('blank').click()";
        QTest::newRow("location to mailto") << "location.href='mailto:someone@example.org'";
        QTest::newRow("window.open tel") << "window.open('tel:+15550100')";
        QTest::newRow("synthetic click, mailto") << "document.getElementById('mailto').click()";
        QTest::newRow("synthetic click, program") << "document.getElementById('program').click()";
        QTest::newRow("frame to a program's scheme")
            << "var i=document.createElement('iframe');i.src='ms-msdt:/id%20x';"
               "document.body.appendChild(i)";
        QTest::newRow("form submit") << "var f=document.createElement('form');f.action='other.md';"
                                        "document.body.appendChild(f);f.submit()";
    }
    void scriptNavigationIsRefusedSilently()
    {
        QFETCH(QString, script);
        openLinks();
        QSignalSpy lesson(m_page, &LessonPage::lessonLinkActivated);
        QSignalSpy external(m_page, &LessonPage::externalLinkActivated);
        test::evalJs(m_page, script + QStringLiteral(";true"));
        test::settle(700);
        QCOMPARE(lesson.count(), 0);
        QCOMPARE(external.count(), 0);
        QCOMPARE(m_desktop->opened, QStringList());
        QCOMPARE(m_page->url(), packUrl(kPackA, QStringLiteral("lessons/links.md")));
        QCOMPARE(test::evalJs(m_page, QStringLiteral("document.title")).toString(),
                 QStringLiteral("Links"));
    }

    void framesOnlyFromTheOwnPack()
    {
        QSignalSpy blocked(m_page, &LessonPage::navigationBlocked);
        QSignalSpy loaded(m_page, &QWebEnginePage::loadFinished);
        m_page->loadLesson(packUrl(kPackA, QStringLiteral("lessons/frames.md")));
        QVERIFY(loaded.wait(20000));
        test::settle(500);
        QCOMPARE(
            test::evalJs(m_page, QStringLiteral("(function(){var d=document.getElementById('own')"
                                                ".contentDocument;return d&&d.getElementById('w')"
                                                "?d.getElementById('w').textContent:'';})()"))
                .toString(),
            QStringLiteral("widget"));
        QStringList urls;
        for (const QList<QVariant> &args : blocked)
            urls << args.first().toUrl().toString();
        QVERIFY2(!urls.filter(QStringLiteral("media/pic.svg")).isEmpty(),
                 qPrintable(urls.join(' ')));
        // The other pack's frame never shows pack B (CSP frame-src and the page both refuse).
        QCOMPARE(test::evalJs(
                     m_page, QStringLiteral("(function(){try{var d=document.getElementById('other')"
                                            ".contentDocument;return d?d.body.textContent:'';}"
                                            "catch(e){return '';}})()"))
                     .toString()
                     .contains(QLatin1Char('B')),
                 false);
    }

    void dialogsAndWindowsDoNothing()
    {
        // The page's script ran to its end: no dialog blocked it, window.open gave null.
        QSignalSpy loaded(m_page, &QWebEnginePage::loadFinished);
        m_page->loadLesson(packUrl(kPackA, QStringLiteral("lessons/frames.md")));
        QVERIFY(loaded.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(
            test::evalJs(m_page, QStringLiteral("(window.ohtDialogs||[]).join(',')")).toString(),
            QStringLiteral("undefined,false,null,null"), 10000);
    }
};

OHT_WEB_TEST_MAIN(TestLessonPage)
#include "tst_lessonpage.moc"
