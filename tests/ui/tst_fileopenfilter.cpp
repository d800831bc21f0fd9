// What macOS sends when a learner double-clicks a course pack in Finder: a
// QFileOpenEvent on the application. Course packs become packFilesOpened(); anything
// else passes through untouched.
#include "oht/ui/fileopenfilter.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>

using oht::ui::FileOpenFilter;

class tst_FileOpenFilter : public QObject
{
    Q_OBJECT
private slots:
    void coursePacksAreOpened_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("taken");
        QTest::newRow("course pack") << "/Users/ana/Downloads/course.ohtpack" << true;
        QTest::newRow("upper-case extension") << "/Volumes/USB/COURSE.OHTPACK" << true;
        QTest::newRow("a zip") << "/Users/ana/Downloads/course.zip" << false;
        QTest::newRow("a folder") << "/Users/ana/course" << false;
        QTest::newRow("empty") << "" << false;
    }
    void coursePacksAreOpened()
    {
        QFETCH(QString, file);
        QFETCH(bool, taken);
        FileOpenFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy spy(&filter, &FileOpenFilter::packFilesOpened);
        QFileOpenEvent event(file);
        QCoreApplication::sendEvent(qApp, &event);
        qApp->removeEventFilter(&filter);
        QCOMPARE(spy.count(), taken ? 1 : 0);
        if (taken)
            QCOMPARE(spy.first().first().toStringList(), QStringList{file});
    }
};

QTEST_MAIN(tst_FileOpenFilter)
#include "tst_fileopenfilter.moc"
