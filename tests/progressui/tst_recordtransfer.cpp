#include "oht/progress/csvexporter.h"
#include "oht/progress/learningrecord.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/xapiimporter.h"
#include "oht/progressui/recordtransfer.h"
#include "progressfixture.h"
#include "recordbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace oht;
using namespace oht::progressui;
using test::ProgressFixture;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestRecordTransfer : public QObject
{
    Q_OBJECT

private slots:
    void exportXapiThenImportElsewhereIsIdempotent()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 ana = test::buildSampleRecord(f, clock, QStringLiteral("Ana"));
        QVERIFY(ana);
        const QString path = f.dir.filePath(QStringLiteral("record.json"));
        RecordTransfer transfer(*f.db);
        auto written = transfer.exportXapi(ana, path);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        QVERIFY(*written > 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), *written);

        // Another learner (as on another computer) imports it: everything once.
        auto ben = progress::ProfileStore(*f.db).create(QStringLiteral("Ben"));
        QVERIFY(ben.ok());
        auto first = transfer.importXapi(ben->id, path);
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->added > 0);
        const auto afterFirst = progress::LearningRecord(*f.db).events(ben->id);
        auto second = transfer.importXapi(ben->id, path);
        QVERIFY(second.ok());
        QCOMPARE(second->added, 0);
        QCOMPARE(second->duplicates, first->added + first->duplicates);
        QCOMPARE(progress::LearningRecord(*f.db).events(ben->id)->size(), afterFirst->size());
    }

    void exportCsvWritesTheHeader()
    {
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 ana = test::buildSampleRecord(f, clock, QStringLiteral("Ana"));
        const QString path = f.dir.filePath(QStringLiteral("record.csv"));
        QVERIFY(RecordTransfer(*f.db).exportCsv(ana, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray first = file.readLine();
        QCOMPARE(first, progress::CsvExporter::row(progress::CsvExporter::header()));
        QVERIFY(file.readAll().contains("org.example.course"));
    }

    void exportToAnImpossiblePathFails()
    {
        ProgressFixture f;
        auto ana = progress::ProfileStore(*f.db).create(QStringLiteral("Ana"));
        const QString path = f.dir.filePath(QStringLiteral("no/such/folder/record.json"));
        auto written = RecordTransfer(*f.db).exportXapi(ana->id, path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("progressui.export-write"));
        QVERIFY(written.error().message.contains(QStringLiteral("record.json")));
        QVERIFY(!RecordTransfer(*f.db).exportCsv(ana->id, path).ok());
    }

    void badImportsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing file") << "missing"
                                      << "progressui.import-missing";
        QTest::newRow("a folder") << "folder"
                                  << "progressui.import-folder";
        QTest::newRow("empty file") << "empty"
                                    << "progressui.import-empty";
        QTest::newRow("not JSON") << "garbage"
                                  << "progress.xapi-invalid";
        QTest::newRow("JSON, not statements") << "object"
                                              << "progress.xapi-invalid";
        QTest::newRow("a bad statement") << "badstatement"
                                         << "progress.xapi-invalid";
        QTest::newRow("too large") << "huge"
                                   << "progressui.import-too-large";
    }
    void badImportsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        ProgressFixture f;
        QVERIFY(f.install(ProgressFixture::course()));
        test::FakeClock clock;
        const qint64 ana = test::buildSampleRecord(f, clock, QStringLiteral("Ana"));
        const auto before = progress::LearningRecord(*f.db).events(ana);
        QString path = f.dir.filePath(QStringLiteral("in.json"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(f.dir.path()).mkdir(QStringLiteral("in.json")));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(writeBytes(path, "  \n"));
        } else if (kind == QLatin1String("garbage")) {
            QVERIFY(writeBytes(path, "this is not json"));
        } else if (kind == QLatin1String("object")) {
            QVERIFY(writeBytes(path, R"({"statements": 3})"));
        } else if (kind == QLatin1String("badstatement")) {
            QVERIFY(writeBytes(path, R"([{"id": "x", "verb": {"id": "nope"}}])"));
        } else if (kind == QLatin1String("huge")) {
            QFile huge(path);
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(progress::XapiImporter::kMaxBytes + 1)); // sparse
        }
        auto result = RecordTransfer(*f.db).importXapi(ana, path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(QStringLiteral("in.json")),
                 qPrintable(result.error().message));
        QCOMPARE(progress::LearningRecord(*f.db).events(ana)->size(), before->size());
    }

    void suggestedFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << "Ana"
                               << "learning-record-ana-2026-03-02.json";
        QTest::newRow("spaces and symbols") << " Ana María / López! "
                                            << "learning-record-ana-maría-lópez-2026-03-02.json";
        QTest::newRow("only symbols") << "***"
                                      << "learning-record-2026-03-02.json";
        QTest::newRow("path tricks") << "../../etc"
                                     << "learning-record-etc-2026-03-02.json";
    }
    void suggestedFileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        QCOMPARE(RecordTransfer::suggestedFileName(QStringLiteral("learning-record"), name,
                                                   QStringLiteral("json"), QDate(2026, 3, 2)),
                 file);
    }
};

QTEST_MAIN(TestRecordTransfer)
#include "tst_recordtransfer.moc"
