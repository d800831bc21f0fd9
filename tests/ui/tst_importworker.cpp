#include "oht/core/error.h"
#include "oht/library/library.h"
#include "oht/ui/importworker.h"
#include "packfactory.h"
#include "tempdatadir.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using oht::ui::ImportWorker;

class tst_ImportWorker : public QObject
{
    Q_OBJECT
private:
    static QStringList installed(const QString &dataDir)
    {
        auto library = oht::library::Library::open(dataDir);
        QStringList ids;
        if (library) {
            if (const auto packs = (*library)->packs())
                for (const auto &pack : *packs)
                    ids << pack.id;
        }
        return ids;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsAndReports()
    {
        oht::test::TempDataDir data;
        oht::test::TempDataDir work;
        const QString pack = oht::test::PackFactory(work.path()).course(QStringLiteral("org.worker.ok"),
                                                                        QStringLiteral("Worker course"));
        ImportWorker worker(data.path());
        QSignalSpy finished(&worker, &ImportWorker::finished);
        QSignalSpy progress(&worker, &ImportWorker::progressChanged);
        worker.importFile(pack);
        QCOMPARE(finished.size(), 1);
        const QList<QVariant> args = finished.first();
        QVERIFY2(args.at(1).toBool(), qPrintable(args.at(7).toString()));
        QCOMPARE(args.at(2).toString(), QStringLiteral("org.worker.ok"));
        QCOMPARE(args.at(3).toString(), QStringLiteral("Worker course"));
        QCOMPARE(args.at(4).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(installed(data.path()), QStringList{"org.worker.ok"});
    }

    void cancelLeavesTheLibraryUnchanged()
    {
        oht::test::TempDataDir data;
        oht::test::TempDataDir work;
        const QString pack = oht::test::PackFactory(work.path()).course(QStringLiteral("org.worker.cancel"),
                                                                        QStringLiteral("Cancelled"));
        ImportWorker worker(data.path());
        QSignalSpy finished(&worker, &ImportWorker::finished);
        worker.cancel(); // as if Cancel was pressed while the file was queued
        worker.importFile(pack);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QCOMPARE(finished.first().at(6).toInt(), int(oht::ErrorKind::Cancelled));
        QVERIFY(installed(data.path()).isEmpty());

        worker.reset(); // the next file imports again
        worker.importFile(pack);
        QVERIFY(finished.last().at(1).toBool());
    }

    void reportsARefusedPack()
    {
        oht::test::TempDataDir data;
        oht::test::TempDataDir work;
        const QString bad = oht::test::PackFactory(work.path()).notAZip(QStringLiteral("bad.ohtpack"));
        ImportWorker worker(data.path());
        QSignalSpy finished(&worker, &ImportWorker::finished);
        worker.importFile(bad);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QCOMPARE(finished.first().at(6).toInt(), int(oht::ErrorKind::InvalidInput));
        QVERIFY(!finished.first().at(7).toString().isEmpty());
        QVERIFY(installed(data.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ImportWorker)
#include "tst_importworker.moc"
