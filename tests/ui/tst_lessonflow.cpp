// The course side of the window with real QtWebEngine pages: open a course and a
// lesson (asserting on the DOM), previous/next, an internal link, search and open a
// hit at its match, zoom and the reading position surviving a restart.
#include "appharness.h"
#include "oht/library/library.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/progressservices.h"
#include "oht/quizview/quizpage.h"
#include "oht/ui/courseinfopanel.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"
#include "oht/ui/searchdialog.h"
#include "oht/ui/searchresultmodel.h"
#include "oht/ui/uisettings.h"
#include "oht/web/lessonview.h"
#include "oht/web/packscheme.h"
#include "webtesting.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

using oht::test::AppHarness;
using oht::ui::LessonArea;

static const QString kPack = QStringLiteral("org.test.flow");

class tst_LessonFlow : public QObject
{
    Q_OBJECT
private:
    static QString bodyText(AppHarness &app)
    {
        return AppHarness::runJs(app.page(), QStringLiteral("document.body.innerText")).toString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensACourseFromTheLibraryByKeyboard()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Flow course")));
        app.window().libraryPage()->reload();
        app.window().show();
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        app.window().libraryPage()->table()->setFocus();
        QTest::keyClick(app.window().libraryPage()->table(), Qt::Key_Return);
        QVERIFY(!app.window().isLibraryShown());
        QCOMPARE(app.window().coursePage()->packId(), kPack);
        QVERIFY(app.window().coursePage()->infoPanel()->isVisible());
        // The lesson reader is created only when a lesson opens.
        QVERIFY(!app.window().coursePage()->lessonArea()->view());
        QTest::keyClick(&app.window(), Qt::Key_Home, Qt::AltModifier);
        QVERIFY(app.window().isLibraryShown());
    }

    void showsALessonAndStepsThroughTheOutline()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Flow course")));
        app.window().show();
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("intro")));
        QVERIFY(bodyText(app).contains(QStringLiteral("zanzibarite")));
        oht::ui::CoursePage *page = app.window().coursePage();
        QVERIFY(!page->hasPrevious());

        QSignalSpy loaded(page->lessonArea(), &LessonArea::loadFinished);
        QTest::keyClick(&app.window(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(page->currentItemId(), QStringLiteral("details"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000); // may already have come
        QVERIFY(bodyText(app).contains(QStringLiteral("quokkamatic")));
        QCOMPARE(page->outline()->currentIndex().data().toString(), QStringLiteral("The details"));

        page->next();
        QCOMPARE(page->currentItemId(), QStringLiteral("summary"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 20000);
        page->next();
        QCOMPARE(page->currentItemId(), QStringLiteral("check"));
        QVERIFY(page->quizPage() && page->quizPage()->isVisible()); // taken in the app
        QVERIFY(!page->hasNext());
        QTest::keyClick(&app.window(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(page->currentItemId(), QStringLiteral("summary"));
    }

    void followsALinkToAnotherLessonInsideTheApp()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Flow course")));
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("details")));
        QSignalSpy loaded(app.window().coursePage()->lessonArea(), &LessonArea::loadFinished);
        // A real click: the reader follows links only after user input, never a script's click().
        oht::web::LessonView *view = app.window().coursePage()->lessonArea()->view();
        QVERIFY(oht::test::clickElement(view->page(), view->webView(),
                                        QStringLiteral("a[href=\"summary.md\"]")));
        QTRY_COMPARE_WITH_TIMEOUT(app.window().coursePage()->currentItemId(),
                                  QStringLiteral("summary"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000); // may already have come
        QVERIFY(bodyText(app).contains(QStringLiteral("You reached the summary")));
    }

    void searchOpensTheLessonAtTheMatch()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Flow course")));
        QVERIFY(app.install(QStringLiteral("org.test.other"), QStringLiteral("Other course")));
        app.window().show();
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        QTest::keyClick(&app.window(), Qt::Key_K, Qt::ControlModifier);
        oht::ui::SearchDialog *search = app.window().searchDialog();
        QTRY_VERIFY(search->isVisible());
        QTest::keyClicks(search->field(), QStringLiteral("quokkamatic"));
        search->search();
        QCOMPARE(search->model()->rowCount(), 2); // one hit per course
        QVERIFY(search->model()
                    ->index(0)
                    .data(oht::ui::SearchResultModel::HtmlRole)
                    .toString()
                    .contains(QStringLiteral("<u>quokkamatic</u>")));
        QTest::keyClick(search->field(), Qt::Key_Down);
        QCOMPARE(search->results()->currentIndex().row(), 1);
        QTest::keyClick(search->field(), Qt::Key_Up);
        const QString expectedPack = search->results()
                                         ->currentIndex()
                                         .data(oht::ui::SearchResultModel::PackIdRole)
                                         .toString();

        QSignalSpy loaded(app.window().coursePage()->lessonArea(), &LessonArea::loadFinished);
        QTest::keyClick(search->field(), Qt::Key_Return);
        QVERIFY(!search->isVisible());
        QCOMPARE(app.window().coursePage()->packId(), expectedPack);
        QCOMPARE(app.window().coursePage()->currentItemId(), QStringLiteral("details"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000); // may already have come
        // The word sits near the end of a long lesson: the page scrolled down to it.
        QTRY_VERIFY_WITH_TIMEOUT(
            AppHarness::runJs(app.page(), QStringLiteral("window.scrollY")).toDouble() > 100,
            10000);

        search->field()->setText(QStringLiteral("nosuchwordanywhere"));
        search->search();
        QCOMPARE(search->model()->rowCount(), 0);
        QVERIFY(search->statusText().contains(QStringLiteral("nosuchwordanywhere")));
    }

    void zoomAndReadingPositionSurviveARestart()
    {
        AppHarness app;
        QVERIFY(app.install(kPack, QStringLiteral("Flow course")));
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("details")));
        oht::web::LessonView *view = app.window().coursePage()->lessonArea()->view();
        view->zoomInAction()->trigger();
        const double zoom = view->zoomFactor();
        QVERIFY(zoom > 1.0);
        QCOMPARE(app.settings().zoomFactor(), zoom);

        // Scroll half-way once the page is laid out, then wait for the view to report it.
        QTRY_VERIFY_WITH_TIMEOUT(
            AppHarness::runJs(
                app.page(),
                QStringLiteral("document.documentElement.scrollHeight > innerHeight + 200"))
                .toBool(),
            10000);
        AppHarness::runJs(
            app.page(),
            QStringLiteral(
                "window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            AppHarness::runJs(app.page(), QStringLiteral("window.scrollY")).toDouble() > 100,
            10000);
        // Positions are the learner's, in the progress record.
        const auto position = [&app] {
            const auto state = app.progress().events().itemState(app.progress().profileId(), kPack,
                                                                 QStringLiteral("details"));
            return state && *state ? (*state)->position.value_or(0.0) : 0.0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(position() > 0.3, 20000);

        app.restart();
        app.window().restoreSession(false);
        app.window().show();
        // The last lesson comes back by itself, at the remembered size and place.
        QTRY_COMPARE(app.window().coursePage()->currentItemId(), QStringLiteral("details"));
        QVERIFY(app.window().coursePage()->lessonArea()->view());
        view = app.window().coursePage()->lessonArea()->view();
        QCOMPARE(view->zoomFactor(), zoom);
        QTRY_VERIFY_WITH_TIMEOUT(
            AppHarness::runJs(app.page(), QStringLiteral("window.scrollY")).toDouble() > 100,
            20000);
    }

    void warnsWhenTheReviewDateHasPassed()
    {
        AppHarness app;
        const QString file =
            app.factory().course(QStringLiteral("org.test.stale"), QStringLiteral("Stale"),
                                 QStringLiteral("1.0.0"), QStringLiteral("2021-01-01"));
        QVERIFY(!file.isEmpty());
        QVERIFY(app.library().importPack(file).ok());
        QVERIFY(app.install(kPack, QStringLiteral("Fresh")));
        app.window().show();
        QVERIFY(app.window().openCourse(QStringLiteral("org.test.stale")));
        QVERIFY(app.window().coursePage()->infoPanel()->isReviewWarningShown());
        QVERIFY(app.window().coursePage()->infoPanel()->reviewWarning()->text().contains(
            QStringLiteral("2021")));
        QVERIFY(app.window().openCourse(kPack));
        QVERIFY(!app.window().coursePage()->infoPanel()->isReviewWarningShown());
    }
};

int main(int argc, char *argv[])
{
    oht::web::registerPackScheme();
    QApplication app(argc, argv);
    tst_LessonFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lessonflow.moc"
