#include "oht/catalog/updatesummary.h"
#include "oht/library/library.h"
#include "tempdatadir.h"
#include "testpacks.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::catalog;
using oht::test::TestPacks;

class TestUpdateSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changelogThenChangesAfterTheDownload()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.filePath(QStringLiteral("packs")));
        const QString v1 = packs.build(test::PackSourceWriter(), QStringLiteral("v1.ohtpack"));
        test::PackSourceWriter next(QStringLiteral("org.example.test"), QStringLiteral("1.1.0"));
        next.setFile(QStringLiteral("lessons/lesson-1.md"), "# Revised\n");
        const QString v2 = packs.build(next, QStringLiteral("v2.ohtpack"));
        auto library =
            std::move(library::Library::open(dir.filePath(QStringLiteral("data")))).value();
        QVERIFY(library->importPack(v1).ok());

        CatalogEntry entry = TestPacks::entryFor(v2, QUrl::fromLocalFile(v2));
        entry.changelog = QStringLiteral("## 1.1.0\n- Clearer first lesson");
        const auto before = UpdateSummary::fromCatalog(*library, entry);
        QVERIFY(before.ok());
        QCOMPARE(before->installedVersion, QStringLiteral("1.0.0"));
        QCOMPARE(before->newVersion, QStringLiteral("1.1.0"));
        QCOMPARE(before->changelog, entry.changelog);
        QVERIFY(!before->compared);

        const auto after = UpdateSummary::compare(*library, entry, v2);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
        QVERIFY(after->compared);
        QCOMPARE(after->changes.changedLessons.size(), 1);
        QCOMPARE(after->changes.changedLessons.first().id, QStringLiteral("lesson-1"));
        QVERIFY(after->changes.changedQuestions.isEmpty());
    }

    void notInstalledHasNoSummary()
    {
        test::TempDataDir dir;
        auto library = std::move(library::Library::open(dir.path())).value();
        CatalogEntry entry;
        entry.id = QStringLiteral("org.example.none");
        QCOMPARE(UpdateSummary::fromCatalog(*library, entry).error().code,
                 QStringLiteral("library.unknown-pack"));
    }

    void anotherPackIsRefused()
    {
        test::TempDataDir dir;
        TestPacks packs(dir.filePath(QStringLiteral("packs")));
        const QString mine = packs.build(test::PackSourceWriter(), QStringLiteral("a.ohtpack"));
        const QString other =
            packs.build(test::PackSourceWriter(QStringLiteral("org.example.other")),
                        QStringLiteral("b.ohtpack"));
        auto library =
            std::move(library::Library::open(dir.filePath(QStringLiteral("data")))).value();
        QVERIFY(library->importPack(mine).ok());
        const CatalogEntry entry = TestPacks::entryFor(mine, QUrl::fromLocalFile(mine));
        QCOMPARE(UpdateSummary::compare(*library, entry, other).error().code,
                 QStringLiteral("catalog.entry-mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestUpdateSummary)
#include "tst_updatesummary.moc"
