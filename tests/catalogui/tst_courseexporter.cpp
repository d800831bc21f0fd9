#include "catalogfixture.h"
#include "oht/catalogui/courseexporter.h"
#include "ohtpackrunner.h"
#include "testpacks.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using oht::catalogui::CourseExporter;
using oht::test::CatalogFixture;
using oht::test::PackSpec;

/// Export Course: the written file is the published pack, byte for byte, so `ohtpack
/// verify` still accepts its signature and another learner can install it.
class TestCourseExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsAPackThatStillVerifies()
    {
        CatalogFixture f;
        PackSpec spec(QStringLiteral("org.example.share"));
        spec.title = QStringLiteral("Share: me / you?");
        const auto entry = f.buildPack(spec, f.filePath(QStringLiteral("published")));
        QVERIFY(f.library().importPack(entry.url.toLocalFile()).ok());

        const CourseExporter exporter(f.library());
        QCOMPARE(exporter.suggestedFileName(spec.id),
                 QStringLiteral("Share_ me _ you_-1.0.0.ohtpack"));
        QDir().mkpath(f.filePath(QStringLiteral("usb")));
        // The extension is added when the learner leaves it out.
        const auto written = exporter.exportTo(spec.id, f.filePath(QStringLiteral("usb/shared")));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(*written, f.filePath(QStringLiteral("usb/shared.ohtpack")));
        QCOMPARE(test::TestPacks::sha256OfFile(*written), entry.sha256Hex);

        const test::CliRun run = test::OhtpackRunner().runRaw(
            {QStringLiteral("verify"), *written, QStringLiteral("--pubkey"),
             QString::fromLatin1(f.keys().publicKey.toBase64())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    void refusesWithASpecificMessage_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("target");
        QTest::newRow("unknown course")
            << QStringLiteral("org.example.none") << QStringLiteral("out.ohtpack");
        QTest::newRow("folder missing")
            << QStringLiteral("org.example.share") << QStringLiteral("unplugged/out.ohtpack");
        QTest::newRow("target is a folder")
            << QStringLiteral("org.example.share") << QStringLiteral("folder.ohtpack");
    }

    void refusesWithASpecificMessage()
    {
        QFETCH(QString, packId);
        QFETCH(QString, target);
        CatalogFixture f;
        QVERIFY(f.install(PackSpec(QStringLiteral("org.example.share"))));
        QDir().mkpath(f.filePath(QStringLiteral("folder.ohtpack")));
        const auto written = CourseExporter(f.library()).exportTo(packId, f.filePath(target));
        QVERIFY(!written.ok());
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!QFileInfo(f.filePath(QStringLiteral("out.ohtpack"))).exists());
    }
};

QTEST_MAIN(TestCourseExporter)
#include "tst_courseexporter.moc"
