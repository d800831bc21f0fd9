#include "oht/packformat/finding.h"
#include "oht/packio/packinspector.h"

#include <QDir>
#include <QTest>

using namespace oht;

/// Keeps every course we ship (resources/packs/*) free of validation errors AND warnings,
/// the reviewers' checks included (docs/review-checks.md): the bundled courses are what a
/// newcomer sees first. Infos (e.g. a readability score) are advice, not faults.
class TestBundledPacks : public QObject
{
    Q_OBJECT
private slots:
    void validates_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir packs(QStringLiteral(OHT_SOURCE_DIR "/resources/packs"));
        const auto names = packs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(names.contains(QStringLiteral("starter")), "the starter pack source is missing");
        for (const QString &name : names)
            if (QFileInfo::exists(packs.filePath(name + QStringLiteral("/pack.json"))))
                QTest::newRow(qPrintable(name)) << packs.filePath(name);
    }

    void validates()
    {
        QFETCH(QString, folder);
        // Today's real date: a pack past its review-by date must fail here, prompting a review.
        const packio::PackInspector inspector(QDate::currentDate());
        const auto result = inspector.inspect(folder);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QStringList problems;
        for (const auto &f : result->findings)
            if (!f.isInfo())
                problems << QStringLiteral("%1:%2:%3: %4 [%5]")
                                .arg(f.file)
                                .arg(f.line)
                                .arg(f.column)
                                .arg(f.message, f.code);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(result->manifest.has_value());
    }
};

QTEST_GUILESS_MAIN(TestBundledPacks)
#include "tst_bundledpacks.moc"
