// A lesson's links out of the course, clicked with the mouse in a real QtWebEngine page:
// a web address, an e-mail address (mailto:) and a phone number (tel:) are shown in the
// bar with Copy, and nothing is opened: no browser, no mail program, no dialler.
#include "appharness.h"
#include "desktopurlrecorder.h"
#include "oht/library/library.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/externallinkbar.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/mainwindow.h"
#include "oht/web/lessonview.h"
#include "oht/web/packscheme.h"
#include "packsourcewriter.h"
#include "webtesting.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using oht::test::AppHarness;
using oht::ui::ExternalLinkBar;

namespace {

const QString kPack = QStringLiteral("org.test.contacts");

const char kLesson[] = "# Contacts\n\n"
                       "Write to [the tutors](mailto:tutors@example.org?subject=Week%201).\n\n"
                       "Call the help line on [+1 555 0100](tel:+1-555-0100).\n\n"
                       "Read more on [the WHO site](https://www.who.int/).\n";

bool installContacts(AppHarness &app)
{
    oht::test::PackSourceWriter writer(kPack);
    writer.setFile(QStringLiteral("lessons/lesson-1.md"), kLesson);
    const QString source = QDir(app.workDir()).filePath(QStringLiteral("contacts-src"));
    if (!writer.writeTo(source))
        return false;
    const QString pack = app.factory().fromSource(source, QStringLiteral("contacts"));
    return !pack.isEmpty() && app.library().importPack(pack).ok();
}

} // namespace

class TestExternalLinkBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aClickedLinkIsShownWithCopy_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("accessibleName");
        QTest::addColumn<QString>("copied");
        QTest::addColumn<int>("mnemonic"); // Alt+ this copies: no other control claims it
        QTest::newRow("e-mail address")
            << "a[href^=\"mailto:\"]"
            << "An e-mail address from the course (no e-mail program was opened):\n"
               "tutors@example.org\nSubject: Week 1"
            << "Copy &Address"
            << "Copy e-mail address"
            << "tutors@example.org" << int(Qt::Key_A);
        QTest::newRow("phone number") << "a[href^=\"tel:\"]"
                                      << "A phone number from the course (no call was made):\n"
                                         "+1-555-0100"
                                      << "Copy Nu&mber"
                                      << "Copy phone number"
                                      << "+1-555-0100" << int(Qt::Key_M);
        QTest::newRow("web address")
            << "a[href^=\"https:\"]"
            << "This link leads outside the course and was not opened:\nhttps://www.who.int/"
            << "C&opy Link"
            << "Copy link"
            << "https://www.who.int/" << int(Qt::Key_O);
    }
    void aClickedLinkIsShownWithCopy()
    {
        QFETCH(QString, selector);
        QFETCH(QString, text);
        QFETCH(QString, button);
        QFETCH(QString, accessibleName);
        QFETCH(QString, copied);
        QFETCH(int, mnemonic);
        oht::test::DesktopUrlRecorder desktop;
        AppHarness app;
        QVERIFY(installContacts(app));
        app.window().resize(1000, 700);
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("lesson-1")));
        oht::ui::LessonArea *area = app.window().coursePage()->lessonArea();
        auto *bar = area->findChild<ExternalLinkBar *>(QStringLiteral("externalLinkBar"));
        QVERIFY(bar);
        QVERIFY(bar->isHidden());
        QApplication::clipboard()->clear();

        // A real click, as the learner makes it.
        oht::web::LessonView *view = area->view();
        QVERIFY(oht::test::clickElement(view->page(), view->webView(), selector));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        auto *label = bar->findChild<QLabel *>(QStringLiteral("externalLinkText"));
        auto *copy = bar->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
        QVERIFY(label && copy);
        QCOMPARE(label->text(), text);
        QCOMPARE(label->accessibleName(), text);
        QCOMPARE(copy->text(), button);
        QCOMPARE(copy->accessibleName(), accessibleName);
        QVERIFY(copy->hasFocus() || QApplication::focusWidget() == nullptr);
        if (QTest::currentDataTag() == QByteArray("e-mail address")) {
            QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
            QVERIFY(app.window().grab().save(
                QStringLiteral(OHT_BINARY_DIR "/screenshots/lesson-mailto-link.png")));
        }

        // The keyboard way (the mouse one below): the button's mnemonic in the window.
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        QTest::keyClick(&app.window(), Qt::Key(mnemonic), Qt::AltModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), copied); // after the click animation
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        // The lesson stayed, and no program was asked to open anything.
        oht::test::settle(300);
        QCOMPARE(view->page()->url(),
                 oht::web::packUrl(kPack, QStringLiteral("lessons/lesson-1.md")));
        QCOMPARE(desktop.opened, QStringList());
    }

    void aNewLinkReplacesTheShownOne()
    {
        AppHarness app;
        QVERIFY(installContacts(app));
        app.window().show();
        QVERIFY(app.openLessonAndWait(kPack, QStringLiteral("lesson-1")));
        oht::ui::LessonArea *area = app.window().coursePage()->lessonArea();
        auto *bar = area->findChild<ExternalLinkBar *>(QStringLiteral("externalLinkBar"));
        oht::web::LessonView *view = area->view();
        QVERIFY(oht::test::clickElement(view->page(), view->webView(),
                                        QStringLiteral("a[href^=\"mailto:\"]")));
        QTRY_COMPARE_WITH_TIMEOUT(bar->url().scheme(), QStringLiteral("mailto"), 10000);
        QApplication::clipboard()->clear();
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("copyLinkButton")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("tutors@example.org"));
        QVERIFY(oht::test::clickElement(view->page(), view->webView(),
                                        QStringLiteral("a[href^=\"tel:\"]")));
        QTRY_COMPARE_WITH_TIMEOUT(bar->url().scheme(), QStringLiteral("tel"), 10000);
        // The button offers Copy again, for the new address.
        QCOMPARE(bar->findChild<QPushButton *>(QStringLiteral("copyLinkButton"))->text(),
                 QStringLiteral("Copy Nu&mber"));
        QCOMPARE(bar->copyText(), QStringLiteral("+1-555-0100"));
    }
};

int main(int argc, char **argv)
{
    // The pack scheme must be registered before the QApplication exists.
    oht::web::registerPackScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestExternalLinkBar test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_externallinkbar.moc"
