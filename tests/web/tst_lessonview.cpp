#include "fakepackcontent.h"
#include "oht/web/lessonview.h"
#include "oht/web/packscheme.h"
#include "oht/web/sealedprofile.h"
#include "webtesting.h"
#include "webtestmain.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace oht;
using namespace oht::web;

namespace {
const QString kPack = QStringLiteral("org.example.view");

QString longLesson()
{
    QString html = QStringLiteral("<h1>Long</h1>");
    for (int i = 0; i < 200; ++i)
        html += QStringLiteral("<p id=\"p%1\">Paragraph %1 about interoperability.</p>").arg(i);
    return html;
}
} // namespace

class TestLessonView : public QObject
{
    Q_OBJECT

private:
    test::FakePackContent m_content;
    std::unique_ptr<LessonView> m_view;

    bool open(const QString &itemId, const LessonOpenOptions &options = {})
    {
        QSignalSpy finished(m_view.get(), &LessonView::loadFinished);
        if (!m_view->openLesson(kPack, itemId, options).ok())
            return false;
        return finished.wait(20000) && finished.first().first().toBool();
    }
    QVariant js(const QString &script) { return test::evalJs(m_view->page(), script); }
    double scrollFraction()
    {
        return js(QStringLiteral("(function(){var e=document.scrollingElement;"
                                 "return window.scrollY/(e.scrollHeight-innerHeight);})()"))
            .toDouble();
    }

private slots:
    void initTestCase()
    {
        m_content.addPack(kPack, QStringLiteral("en"));
        m_content.addLesson(kPack, QStringLiteral("first"), QStringLiteral("lessons/first.md"),
                            QStringLiteral("First"),
                            QStringLiteral("<h1>First lesson</h1><p>Interoperability matters. "
                                           "<a id=\"next\" href=\"second.md#s2\">Next</a> "
                                           "<a id=\"web\" href=\"https://www.who.int/\">WHO</a> "
                                           "Interoperability again, and interoperability.</p>"));
        m_content.addLesson(kPack, QStringLiteral("second"), QStringLiteral("lessons/second.md"),
                            QStringLiteral("Second"), longLesson());
        m_content.addQuiz(kPack, QStringLiteral("quiz"), QStringLiteral("quizzes/q.json"));
        m_view = std::make_unique<LessonView>(m_content);
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase() { m_view.reset(); }

    void opensALesson()
    {
        QVERIFY(open(QStringLiteral("first")));
        QCOMPARE(m_view->packId(), kPack);
        QCOMPARE(m_view->itemId(), QStringLiteral("first"));
        QCOMPARE(m_view->lessonPath(), QStringLiteral("lessons/first.md"));
        QCOMPARE(js(QStringLiteral("document.querySelector('h1').textContent")).toString(),
                 QStringLiteral("First lesson"));
        QCOMPARE(m_view->page()->url(), packUrl(kPack, QStringLiteral("lessons/first.md")));
    }

    void refusesWhatIsNotALesson_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("itemId");
        QTest::newRow("quiz") << kPack << "quiz";
        QTest::newRow("unknown item") << kPack << "nope";
        QTest::newRow("unknown pack") << "org.example.none"
                                      << "first";
    }
    void refusesWhatIsNotALesson()
    {
        QFETCH(QString, packId);
        QFETCH(QString, itemId);
        QVERIFY(open(QStringLiteral("first")));
        QSignalSpy finished(m_view.get(), &LessonView::loadFinished);
        QVERIFY(!m_view->openLesson(packId, itemId).ok());
        QCOMPARE(m_view->itemId(), QStringLiteral("first"));
        test::settle(200);
        QCOMPARE(finished.count(), 0);
    }

    void zoomStepsClampsAndPersistsAcrossLessons()
    {
        QVERIFY(open(QStringLiteral("first")));
        QSignalSpy changed(m_view.get(), &LessonView::zoomFactorChanged);
        m_view->resetZoom();
        m_view->zoomIn();
        QCOMPARE(m_view->zoomFactor(), 1.1);
        QCOMPARE(m_view->webView()->zoomFactor(), 1.1);
        m_view->zoomOut();
        m_view->zoomOut();
        QCOMPARE(m_view->zoomFactor(), 0.9);
        m_view->setZoomFactor(99);
        QCOMPARE(m_view->zoomFactor(), 5.0);
        m_view->zoomIn();
        QCOMPARE(m_view->zoomFactor(), 5.0);
        m_view->setZoomFactor(0.01);
        QCOMPARE(m_view->zoomFactor(), 0.25);
        m_view->setZoomFactor(1.5);
        QVERIFY(changed.count() >= 5);
        QCOMPARE(changed.last().first().toReal(), 1.5);

        QVERIFY(open(QStringLiteral("second")));
        QCOMPARE(m_view->webView()->zoomFactor(), 1.5);
        QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.devicePixelRatio")).toDouble(), 1.5,
                                  5000);
        m_view->resetZoom();
        QCOMPARE(m_view->zoomFactor(), 1.0);
    }

    void zoomShortcuts()
    {
        QVERIFY(open(QStringLiteral("first")));
        m_view->resetZoom();
        m_view->zoomInAction()->trigger();
        QCOMPARE(m_view->zoomFactor(), 1.1);
        m_view->resetZoomAction()->trigger();
        QCOMPARE(m_view->zoomFactor(), 1.0);
        QVERIFY(m_view->zoomInAction()->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)));
        QCOMPARE(m_view->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    }

    void findsInTheLesson()
    {
        QVERIFY(open(QStringLiteral("first")));
        QSignalSpy result(m_view.get(), &LessonView::findResultChanged);
        m_view->findAction()->trigger();
        QVERIFY(m_view->isFindBarVisible());
        auto *field = m_view->findChild<QLineEdit *>();
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("interoperability"));
        QTRY_VERIFY_WITH_TIMEOUT(!result.isEmpty() && result.last().at(1).toInt() == 3, 10000);
        QCOMPARE(result.last().at(0).toInt(), 1);
        m_view->findNext();
        QTRY_COMPARE_WITH_TIMEOUT(result.last().at(0).toInt(), 2, 10000);
        m_view->findPrevious();
        QTRY_COMPARE_WITH_TIMEOUT(result.last().at(0).toInt(), 1, 10000);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!m_view->isFindBarVisible());
    }

    void findTextAfterOpening()
    {
        QSignalSpy result(m_view.get(), &LessonView::findResultChanged);
        LessonOpenOptions options;
        options.findText = QStringLiteral("Paragraph 150");
        QVERIFY(open(QStringLiteral("second"), options));
        QTRY_VERIFY_WITH_TIMEOUT(!result.isEmpty(), 10000);
        QCOMPARE(result.last().at(1).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(scrollFraction() > 0.5, 5000); // scrolled to the match
    }

    void restoresAndReportsTheReadingPosition()
    {
        LessonOpenOptions options;
        options.readingPosition = 0.6;
        QVERIFY(open(QStringLiteral("second"), options));
        QVERIFY(qAbs(scrollFraction() - 0.6) < 0.02);
        QCOMPARE(m_view->readingPosition(), 0.6);

        QSignalSpy position(m_view.get(), &LessonView::readingPositionChanged);
        js(QStringLiteral(
            "window.scrollTo(0,(document.scrollingElement.scrollHeight-innerHeight)*0.25);true"));
        QTRY_VERIFY_WITH_TIMEOUT(!position.isEmpty(), 5000);
        QCOMPARE(position.last().at(0).toString(), kPack);
        QCOMPARE(position.last().at(1).toString(), QStringLiteral("second"));
        QVERIFY(qAbs(position.last().at(2).toDouble() - 0.25) < 0.02);
        QVERIFY(qAbs(m_view->readingPosition() - 0.25) < 0.02);

        m_view->setReadingPosition(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(scrollFraction() > 0.98, 5000);
        // Opening another lesson flushes the last position of this one.
        position.clear();
        QVERIFY(open(QStringLiteral("first")));
        QVERIFY(!position.isEmpty());
        QCOMPARE(position.first().at(1).toString(), QStringLiteral("second"));
        QVERIFY(position.first().at(2).toDouble() > 0.98);
    }

    void flushesAScrollNotYetReported_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("150 %") << 1.5;
    }
    void flushesAScrollNotYetReported()
    {
        QFETCH(qreal, zoom);
        m_view->setZoomFactor(zoom);
        QVERIFY(open(QStringLiteral("second")));
        QSignalSpy position(m_view.get(), &LessonView::readingPositionChanged);
        const int y = js(QStringLiteral("window.scrollTo(0,(document.scrollingElement.scrollHeight"
                                        "-innerHeight)*0.4);window.scrollY"))
                          .toInt();
        QVERIFY(y > 0);
        // Chromium tells the view about the scroll (CSS pixels times zoom); the debounced
        // read-back from the page is still pending.
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(m_view->page()->scrollPosition().y() - y * zoom) < 2, 5000);
        m_view->flushReadingPosition();
        QCOMPARE(position.count(), 1);
        QVERIFY2(qAbs(position.first().at(2).toDouble() - 0.4) < 0.03,
                 qPrintable(QString::number(position.first().at(2).toDouble())));
        m_view->resetZoom();
    }

    void opensAtAFragment()
    {
        LessonOpenOptions options;
        options.fragment = QStringLiteral("p180");
        QVERIFY(open(QStringLiteral("second"), options));
        QVERIFY(scrollFraction() > 0.8);
    }

    void internalAndExternalLinksAreSignalled()
    {
        QVERIFY(open(QStringLiteral("first")));
        QSignalSpy lesson(m_view.get(), &LessonView::lessonLinkActivated);
        QSignalSpy external(m_view.get(), &LessonView::externalLinkActivated);
        QVERIFY(test::clickElement(m_view->page(), m_view->webView(), QStringLiteral("#next")));
        QTRY_COMPARE_WITH_TIMEOUT(lesson.count(), 1, 10000);
        QCOMPARE(lesson.first(),
                 (QVariantList{kPack, QStringLiteral("lessons/second.md"), QStringLiteral("s2")}));
        QVERIFY(test::clickElement(m_view->page(), m_view->webView(), QStringLiteral("#web")));
        QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 10000);
        QCOMPARE(external.first().first().toUrl(), QUrl(QStringLiteral("https://www.who.int/")));
        QCOMPARE(m_view->itemId(), QStringLiteral("first"));
        QCOMPARE(m_view->page()->url(), packUrl(kPack, QStringLiteral("lessons/first.md")));
    }

    void themeFollowsTheViewAndRestyles()
    {
        QVERIFY(open(QStringLiteral("first")));
        const QString background =
            QStringLiteral("getComputedStyle(document.documentElement).backgroundColor");
        m_view->setTheme(LessonTheme::Light);
        QTRY_COMPARE_WITH_TIMEOUT(
            js(QStringLiteral("document.documentElement.dataset.ohtTheme")).toString(),
            QStringLiteral("light"), 5000);
        const QString light = js(background).toString();
        m_view->setTheme(LessonTheme::Dark);
        QTRY_COMPARE_WITH_TIMEOUT(
            js(QStringLiteral("document.documentElement.dataset.ohtTheme")).toString(),
            QStringLiteral("dark"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(js(background).toString() != light, 5000);
        // Newly opened lessons come dark from the start.
        QVERIFY(open(QStringLiteral("second")));
        QCOMPARE(js(QStringLiteral("document.documentElement.dataset.ohtTheme")).toString(),
                 QStringLiteral("dark"));
        m_view->setTheme(LessonTheme::Light);
    }

    void paletteDecidesTheTheme()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        QCOMPARE(themeForPalette(dark), LessonTheme::Dark);
        QPalette light;
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        QCOMPARE(themeForPalette(light), LessonTheme::Light);
    }
};

OHT_WEB_TEST_MAIN(TestLessonView)
#include "tst_lessonview.moc"
