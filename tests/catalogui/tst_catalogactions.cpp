#include "catalogfixture.h"
#include "oht/catalogui/catalogactions.h"
#include "oht/catalogui/catalogbrowser.h"
#include "oht/catalogui/downloadindicator.h"
#include "testpacks.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace oht;
using oht::catalogui::CatalogActions;
using oht::test::CatalogFixture;

/// What the main window gets: Get Courses (Ctrl+Shift+O), Export Course, the indicator,
/// and the shipped defaults.
class TestCatalogActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void getCoursesOpensOneBrowser()
    {
        CatalogFixture f;
        QMainWindow window;
        auto *actions =
            new CatalogActions(f.library(), f.config(), f.queue(), &f.network(), &window);
        window.addAction(actions->getCoursesAction());
        window.statusBar()->addPermanentWidget(actions->indicator());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!actions->browser());
        QCOMPARE(actions->getCoursesAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        actions->getCoursesAction()->trigger();
        QVERIFY(actions->browser());
        QVERIFY(actions->browser()->isVisible());
        auto *first = actions->browser();
        actions->browser()->close();
        // The indicator's button opens the same browser again.
        QTest::mouseClick(actions->indicator()->button(), Qt::LeftButton);
        QCOMPARE(actions->browser(), first);
        QVERIFY(first->isVisible());
        // Closing the window deletes the indicator with the status bar, before the actions.
    }

    void exportWithoutACourseSaysWhatToDo()
    {
        CatalogFixture f;
        QWidget window;
        CatalogActions actions(f.library(), f.config(), f.queue(), &f.network(), &window);
        actions.setCurrentPackProvider([] { return QString(); });
        QString text;
        QTimer::singleShot(0, this, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                text = box->text();
                box->accept();
            }
        });
        actions.exportAction()->trigger();
        QCOMPARE(text, QStringLiteral("Choose a course in the library first."));
    }

    void defaultsFromTheBuild_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("catalogs");
        QTest::addColumn<int>("goodKeys");
        QTest::addColumn<int>("problems");
        const QString key = QString::fromLatin1(test::TestPacks::newKeys().publicKey.toBase64());
        const QString other = QString::fromLatin1(test::TestPacks::newKeys().publicKey.toBase64());
        QTest::newRow("none") << QString() << QString() << 0 << 0 << 0;
        QTest::newRow("url only") << QStringLiteral("https://packs.example.org/catalog.json")
                                  << QString() << 1 << 0 << 0;
        QTest::newRow("two keys") << QString()
                                  << QStringLiteral("Hub=%1; Ministry = %2").arg(key, other) << 0
                                  << 2 << 0;
        QTest::newRow("no name") << QString() << QStringLiteral("=%1").arg(key) << 0 << 0 << 1;
        QTest::newRow("not base64") << QString() << QStringLiteral("Hub=not-a-key") << 0 << 0 << 1;
        QTest::newRow("short key") << QString() << QStringLiteral("Hub=AAAA") << 0 << 0 << 1;
        QTest::newRow("one bad of two")
            << QString() << QStringLiteral("Hub=%1;Bad").arg(key) << 0 << 1 << 1;
    }

    void defaultsFromTheBuild()
    {
        QFETCH(QString, url);
        QFETCH(QString, keys);
        QFETCH(int, catalogs);
        QFETCH(int, goodKeys);
        QFETCH(int, problems);
        QStringList found;
        const auto defaults = CatalogActions::defaultsFrom(url, keys, &found);
        QCOMPARE(defaults.catalogs.size(), catalogs);
        QCOMPARE(defaults.trustedKeys.size(), goodKeys);
        QCOMPARE(found.size(), problems);
        if (catalogs)
            QCOMPARE(defaults.catalogs.first().url.toString(), url);
    }
};

QTEST_MAIN(TestCatalogActions)
#include "tst_catalogactions.moc"
