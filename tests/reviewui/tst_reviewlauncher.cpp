#include "oht/reviewui/reviewlauncher.h"
#include "oht/reviewui/reviewwindow.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"
#include "webtestmain.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace oht;
using reviewui::ReviewLauncher;

/// File → Open Pack Folder for Review…: a chosen source folder opens reviewer mode; a
/// folder that is no pack source is refused with a reason.
class TestReviewLauncher : public QObject
{
    Q_OBJECT
    test::TempDataDir m_tmp;

private slots:
    void opensReviewerModeForAChosenFolder()
    {
        const QString dir = m_tmp.filePath("pack");
        QVERIFY(test::PackSourceWriter().writeTo(dir));
        QWidget main;
        ReviewLauncher launcher(&main);
        launcher.setFolderChooser([&] { return dir; });
        QSignalSpy failed(&launcher, &ReviewLauncher::failed);
        QVERIFY(!launcher.openAction()->text().isEmpty());
        launcher.openAction()->trigger();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(launcher.windows().size(), 1);
        reviewui::ReviewWindow *window = launcher.windows().first();
        QVERIFY(window->isVisible());
        QVERIFY(window->windowTitle().contains("Reviewer mode"));
        QCOMPARE(window->outline()->topLevelItemCount(), 1);
        // Closed windows delete themselves and leave the list.
        window->close();
        QTRY_VERIFY(launcher.windows().isEmpty());
    }

    void refusesWhatIsNotAPackFolder_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "no-such-folder"
                                 << "is not a folder";
        QTest::newRow("a file") << "file.txt"
                                << "is not a folder";
        QTest::newRow("no pack.json") << "empty"
                                      << "has no pack.json";
    }
    void refusesWhatIsNotAPackFolder()
    {
        QFETCH(QString, folder);
        QFETCH(QString, reason);
        QVERIFY(QDir().mkpath(m_tmp.filePath("empty")));
        QFile file(m_tmp.filePath("file.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QWidget main;
        ReviewLauncher launcher(&main);
        const QString path = m_tmp.filePath(folder);
        launcher.setFolderChooser([&] { return path; });
        QSignalSpy failed(&launcher, &ReviewLauncher::failed);
        launcher.openAction()->trigger();
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY(message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(launcher.windows().isEmpty());
    }

    void cancellingOpensNothing()
    {
        QWidget main;
        ReviewLauncher launcher(&main);
        launcher.setFolderChooser([] { return QString(); });
        QSignalSpy failed(&launcher, &ReviewLauncher::failed);
        launcher.openAction()->trigger();
        QCOMPARE(failed.count(), 0);
        QVERIFY(launcher.windows().isEmpty());
    }
};

OHT_WEB_TEST_MAIN(TestReviewLauncher)
#include "tst_reviewlauncher.moc"
