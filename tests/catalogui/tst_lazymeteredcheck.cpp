#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/lazymeteredcheck.h"
#include "tempdatadir.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

using oht::catalogui::LazyMeteredCheck;

/// The backend is loaded only when a download needs to know, never at start-up.
class TestLazyMeteredCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsOnFirstUse()
    {
        oht::test::TempDataDir dir;
        QNetworkAccessManager network;
        LazyMeteredCheck metered;
        oht::catalog::DownloadQueue queue(&network, dir.filePath(QStringLiteral("d")), &metered);
        // What main() does at start for a learner who has not asked to avoid metered
        // connections: nothing loads the backend.
        queue.setAvoidMetered(false);
        QCOMPARE(queue.restore(), 0);
        QVERIFY(!metered.isLoaded());
        // Asking to avoid them needs the answer.
        queue.setAvoidMetered(true);
        QVERIFY(metered.isLoaded());
        // Without a backend that reports it (the test platform), not metered.
        QVERIFY(!metered.isMetered());
        QVERIFY(metered.isLoaded());
    }
};

QTEST_GUILESS_MAIN(TestLazyMeteredCheck)
#include "tst_lazymeteredcheck.moc"
