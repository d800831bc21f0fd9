#include "browserdriver.h"
#include "catalogfixture.h"
#include "faultserver.h"
#include "oht/catalogui/catalogbrowser.h"
#include "oht/catalogui/catalogpackmodel.h"
#include "oht/catalogui/downloadrow.h"
#include "oht/catalogui/downloadspanel.h"
#include "oht/catalogui/installcontroller.h"
#include "oht/catalogui/packdetailspanel.h"
#include "testpacks.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace oht;
using namespace oht::catalogui;
using namespace oht::test;

class TestCatalogBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void browsesAndInstallsFromAFolderCatalog()
    {
        CatalogFixture f;
        const QString usb = f.writeFolderCatalog(QStringLiteral("USB STICK"), twoPacks());
        QVERIFY(!usb.isEmpty());
        Browser b(f);
        QSignalSpy changed(&b.browser, &CatalogBrowser::libraryChanged);
        QVERIFY(addFolder(b, usb));
        QCOMPARE(b.browser.sourceCombo()->count(), 1);
        QVERIFY(b.browser.sourceCombo()->currentText().contains(QStringLiteral("USB STICK")));
        QCOMPARE(visibleIds(b.browser.table()), (QStringList{QStringLiteral("org.example.malaria"),
                                                             QStringLiteral("org.example.water")}));
        // Saved: the catalog is still there for the next session.
        oht::catalog::CatalogConfig reread(f.dataDir(), {});
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.catalogs().size(), 1);

        clickRow(b.browser.table(), QStringLiteral("org.example.malaria"));
        QVERIFY(
            b.browser.details()->text()->toPlainText().contains(QStringLiteral("Malaria basics")));
        QPushButton *download = b.browser.details()->actionButton();
        QCOMPARE(download->text(), QStringLiteral("&Download and Install"));
        QVERIFY(download->isEnabled());
        QTest::mouseClick(download, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kTimeout);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("org.example.malaria"));
        QCOMPARE(f.installedIds(), QStringList{QStringLiteral("org.example.malaria@1.0.0")});
        QVERIFY(b.browser.messageLabel()->text().contains(QStringLiteral("Installed")));
        const int row = b.browser.model()->rowOf(QStringLiteral("org.example.malaria"));
        QCOMPARE(b.browser.model()->index(row, CatalogPackModel::Status).data().toString(),
                 QStringLiteral("Installed"));
        QVERIFY(!b.browser.details()->actionButton()->isEnabled());
        // Keyboard only: the table takes the focus, Up moves, Enter downloads and installs.
        b.browser.table()->setFocus();
        QTest::keyClick(b.browser.table(), Qt::Key_Up);
        QCOMPARE(b.browser.table()->currentIndex().data(CatalogPackModel::PackIdRole).toString(),
                 QStringLiteral("org.example.water"));
        QTest::keyClick(b.browser.table(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, kTimeout);
        QCOMPARE(f.installedIds(), (QStringList{QStringLiteral("org.example.malaria@1.0.0"),
                                                QStringLiteral("org.example.water@1.0.0")}));
        // Installed from the stick itself: the stick keeps its file, downloads/ stays empty.
        QVERIFY(QFile::exists(usb + QStringLiteral("/packs/org.example.malaria-1.0.0.ohtpack")));
        QVERIFY(QDir(f.dataDir() + QStringLiteral("/downloads")).entryList(QDir::Files).isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("expected");
        const QString malaria = QStringLiteral("org.example.malaria");
        const QString water = QStringLiteral("org.example.water");
        QTest::newRow("all") << QString() << QString() << QString() << QStringList{malaria, water};
        QTest::newRow("title") << QStringLiteral("malaria") << QString() << QString()
                               << QStringList{malaria};
        QTest::newRow("tag") << QStringLiteral("FEVER") << QString() << QString()
                             << QStringList{malaria};
        QTest::newRow("two words narrow")
            << QStringLiteral("malaria water") << QString() << QString() << QStringList{};
        QTest::newRow("language") << QString() << QStringLiteral("es") << QString()
                                  << QStringList{water};
        QTest::newRow("installed")
            << QString() << QString() << QStringLiteral("Installed") << QStringList{malaria};
        QTest::newRow("not installed")
            << QString() << QString() << QStringLiteral("Not installed") << QStringList{water};
        QTest::newRow("no match") << QStringLiteral("zzz") << QString() << QString()
                                  << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, status);
        QFETCH(QStringList, expected);
        CatalogFixture f;
        QVERIFY(f.install(twoPacks().first()));
        const QString usb = f.writeFolderCatalog(QStringLiteral("usb"), twoPacks());
        Browser b(f);
        QVERIFY(addFolder(b, usb));
        QTest::keyClicks(b.browser.filterField(), text);
        if (!language.isEmpty()) {
            const int index = b.browser.languageFilter()->findData(language);
            QVERIFY(index > 0);
            b.browser.languageFilter()->setCurrentIndex(index);
        }
        if (!status.isEmpty()) {
            const int index = b.browser.statusFilter()->findText(status);
            QVERIFY(index > 0);
            b.browser.statusFilter()->setCurrentIndex(index);
        }
        QCOMPARE(visibleIds(b.browser.table()), expected);
    }

    void badSourcesShowAClearError_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("Type the web address");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/catalog.json")
                             << QStringLiteral("is not a web address");
        QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.org")
                                << QStringLiteral("is not a web address");
        QTest::newRow("missing folder")
            << QStringLiteral("/no/such/usb/stick") << QStringLiteral("does not exist");
        QTest::newRow("folder without catalog")
            << QStringLiteral("@EMPTY@") << QStringLiteral("has no catalog.json");
        QTest::newRow("duplicate")
            << QStringLiteral("@USB@") << QStringLiteral("is already in the list");
    }

    void badSourcesShowAClearError()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        CatalogFixture f;
        const QString usb = f.writeFolderCatalog(QStringLiteral("usb"), {twoPacks().first()});
        QDir().mkpath(f.filePath(QStringLiteral("empty")));
        input.replace(QStringLiteral("@EMPTY@"), f.filePath(QStringLiteral("empty")));
        input.replace(QStringLiteral("@USB@"), usb);
        Browser b(f);
        QVERIFY(addFolder(b, usb));
        QTest::keyClicks(b.browser.addSourceField(), input);
        QTest::keyClick(b.browser.addSourceField(), Qt::Key_Return);
        QVERIFY2(b.browser.messageLabel()->text().contains(message),
                 qPrintable(b.browser.messageLabel()->text()));
        QCOMPARE(b.browser.sourceCombo()->count(), 1);
        QCOMPARE(f.config().catalogs().size(), 1);
    }

    void aCatalogThatCannotBeReadSaysWhy()
    {
        CatalogFixture f;
        const QString folder = f.filePath(QStringLiteral("broken"));
        QDir().mkpath(folder);
        QVERIFY(
            oht::test::TestPacks::writeAll(folder + QStringLiteral("/catalog.json"), "{ not json"));
        Browser b(f);
        QSignalSpy failed(&b.browser, &CatalogBrowser::catalogFailed);
        QTest::keyClicks(b.browser.addSourceField(), folder);
        QTest::mouseClick(b.browser.addSourceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY(b.browser.messageLabel()->text().startsWith(
            QStringLiteral("The catalog could not be read:")));
        QCOMPARE(b.browser.model()->rowCount(), 0);
    }

    void aTamperedPackIsRefusedAndTheLibraryIsUnchanged()
    {
        CatalogFixture f;
        PackSpec tampered{QStringLiteral("org.example.tampered")};
        tampered.badSignature = true;
        const QString usb = f.writeFolderCatalog(QStringLiteral("usb"), {tampered});
        Browser b(f);
        QVERIFY(addFolder(b, usb));
        QSignalSpy failed(&b.installer, &InstallController::installFailed);
        clickRow(b.browser.table(), tampered.id);
        QTest::mouseClick(b.browser.details()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        DownloadRow *row = b.browser.downloads()->row(tampered.id);
        QVERIFY(row);
        const QString text = row->statusLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("was not installed")) &&
                     text.contains(QStringLiteral("signature"), Qt::CaseInsensitive) &&
                     text.contains(QStringLiteral("library has not been changed")),
                 qPrintable(text));
        QVERIFY(f.installedIds().isEmpty());
        // The learner can clear the refused download away.
        QCOMPARE(row->cancelButton()->text(), QStringLiteral("Re&move"));
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!b.browser.downloads()->row(tampered.id));
        QVERIFY(f.queue().jobs().isEmpty());
    }

    void anUntrustedKeyIsRefusedBeforeDownloading()
    {
        CatalogFixture f;
        PackSpec foreign{QStringLiteral("org.example.foreign")};
        foreign.foreignKey = true;
        const QString usb = f.writeFolderCatalog(QStringLiteral("usb"), {foreign});
        Browser b(f);
        QVERIFY(addFolder(b, usb));
        clickRow(b.browser.table(), foreign.id);
        QTest::mouseClick(b.browser.details()->actionButton(), Qt::LeftButton);
        QVERIFY(b.browser.messageLabel()->text().contains(
            QStringLiteral("not one of your trusted publisher keys")));
        QVERIFY(f.queue().jobs().isEmpty());
        QVERIFY(f.installedIds().isEmpty());
    }

    void anUpdateShowsWhatChangesAndKeepsTheItems()
    {
        CatalogFixture f;
        PackSpec old{QStringLiteral("org.example.update")};
        QVERIFY(f.install(old));
        PackSpec next = old;
        next.version = QStringLiteral("1.1.0");
        next.secondLesson = true;
        next.changelog = QStringLiteral("Adds a lesson on clean water.");
        const QString usb = f.writeFolderCatalog(QStringLiteral("usb"), {next});
        Browser b(f);
        QVERIFY(addFolder(b, usb));
        const int row = b.browser.model()->rowOf(old.id);
        QCOMPARE(b.browser.model()->index(row, CatalogPackModel::Status).data().toString(),
                 QStringLiteral("Update available"));
        clickRow(b.browser.table(), old.id);
        const QString details = b.browser.details()->text()->toPlainText();
        QVERIFY2(details.contains(next.changelog), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Lessons: 1 added, 0 changed, 0 removed")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Questions: 0 added, 0 changed, 0 removed")));
        QCOMPARE(b.browser.details()->actionButton()->text(), QStringLiteral("&Update to 1.1.0"));

        QSignalSpy changed(&b.browser, &CatalogBrowser::libraryChanged);
        QTest::mouseClick(b.browser.details()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kTimeout);
        QCOMPARE(f.installedIds(), QStringList{QStringLiteral("org.example.update@1.1.0")});
        QVERIFY(b.browser.messageLabel()->text().contains(QStringLiteral("from 1.0.0 to 1.1.0")));
        // Progress is keyed by item ids: the update keeps every old id.
        QStringList ids;
        for (const auto &module : *f.library().outline(old.id))
            for (const auto &item : module.items)
                ids << item.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("lesson-1"), QStringLiteral("quiz-1"),
                                   QStringLiteral("lesson-2")}));
    }

    void spanishAndRightToLeftLayouts()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(OHT_BINARY_DIR "/app/toolkit/oht_es.qm")));
        QCoreApplication::installTranslator(&translator);
        CatalogFixture f;
        PackSpec old(QStringLiteral("org.example.malaria"));
        QVERIFY(f.install(old));
        auto specs = twoPacks();
        specs.first().version = QStringLiteral("1.1.0");
        specs.first().secondLesson = true;
        specs.first().changelog = QStringLiteral("Nueva lección sobre el agua.");
        const QString usb = f.writeFolderCatalog(QStringLiteral("usb"), specs);
        for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QGuiApplication::setLayoutDirection(direction);
            Browser b(f);
            QCOMPARE(b.browser.windowTitle(), QStringLiteral("Obtener cursos"));
            if (b.browser.sourceCombo()->count() == 0)
                QVERIFY(addFolder(b, usb));
            else
                QTRY_VERIFY(b.browser.model()->rowCount() == 2);
            clickRow(b.browser.table(), old.id);
            QVERIFY(b.browser.details()->text()->toPlainText().contains(
                QStringLiteral("Lecciones: 1 añadidos")));
            b.browser.resize(1000, 720);
            QVERIFY(b.browser.grab().save(
                QStringLiteral(OHT_BINARY_DIR "/screenshots/catalog-browser-%1.png")
                    .arg(direction == Qt::LeftToRight ? QStringLiteral("es")
                                                      : QStringLiteral("es-rtl"))));
        }
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QCoreApplication::removeTranslator(&translator);
    }

    void anOlderVersionIsNeverOffered()
    {
        CatalogFixture f;
        PackSpec installed(QStringLiteral("org.example.newer"));
        installed.version = QStringLiteral("2.0.0");
        QVERIFY(f.install(installed));
        const QString usb =
            f.writeFolderCatalog(QStringLiteral("usb"), {PackSpec(installed.id)}); // 1.0.0
        Browser b(f);
        QVERIFY(addFolder(b, usb));
        clickRow(b.browser.table(), installed.id);
        QPushButton *button = b.browser.details()->actionButton();
        QCOMPARE(button->text(), QStringLiteral("Newer version installed"));
        QVERIFY(!button->isEnabled());
        // Enter on the row does nothing either.
        QTest::keyClick(b.browser.table(), Qt::Key_Return);
        QVERIFY(f.queue().jobs().isEmpty());
        QCOMPARE(f.installedIds(), QStringList{QStringLiteral("org.example.newer@2.0.0")});
    }

    void removingACatalogIsSaved()
    {
        CatalogFixture f;
        const QString usb = f.writeFolderCatalog(QStringLiteral("usb"), {twoPacks().first()});
        Browser b(f);
        QVERIFY(addFolder(b, usb));
        auto *remove = b.browser.findChild<QPushButton *>(QStringLiteral("removeCatalogButton"));
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(b.browser.sourceCombo()->count(), 0);
        QCOMPARE(b.browser.model()->rowCount(), 0);
        QVERIFY(b.browser.messageLabel()->text().startsWith(QStringLiteral("No catalogs.")));
        QVERIFY(!remove->isEnabled());
        oht::catalog::CatalogConfig reread(f.dataDir(), {});
        QVERIFY(reread.load().ok());
        QVERIFY(reread.catalogs().isEmpty());
    }

    void downloadsFromAWebCatalogWithProgressAndPause()
    {
        CatalogFixture f;
        PackSpec hygiene(QStringLiteral("org.example.hygiene"));
        hygiene.title = QStringLiteral("Hand hygiene in the clinic");
        hygiene.tags = {QStringLiteral("infection control")};
        const auto entry = f.buildPack(hygiene, f.filePath(QStringLiteral("server")));
        const QByteArray body = oht::test::TestPacks::readAll(entry.url.toLocalFile());
        FaultServer packServer(body);
        // The first response stops half way and stalls: the download is visibly in progress.
        packServer.setPlan({{FaultServer::Fault::Stall, body.size() / 2}});
        QVERIFY(packServer.start());
        catalog::Catalog document;
        document.title = QStringLiteral("Web");
        FaultServer catalogServer({});
        QVERIFY(catalogServer.start());
        document.url = catalogServer.url(QStringLiteral("catalog.json"));
        auto remote = entry;
        remote.url = packServer.url(QStringLiteral("hygiene.ohtpack"));
        document.packs = {remote};
        // Two more courses the catalog offers (never downloaded here).
        for (const auto &spec : twoPacks()) {
            auto other = f.buildPack(spec, f.filePath(QStringLiteral("others")));
            other.url = packServer.url(spec.id + QStringLiteral(".ohtpack"));
            document.packs << other;
        }
        catalogServer.setBody(document.toJson());

        Browser b(f);
        QSignalSpy loaded(&b.browser, &CatalogBrowser::catalogLoaded);
        QTest::keyClicks(b.browser.addSourceField(), document.url.toString());
        QTest::mouseClick(b.browser.addSourceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
        clickRow(b.browser.table(), entry.id);
        QTest::mouseClick(b.browser.details()->actionButton(), Qt::LeftButton);
        QCOMPARE(b.browser.details()->actionButton()->text(),
                 QStringLiteral("In the download list"));
        DownloadRow *row = b.browser.downloads()->row(entry.id);
        QVERIFY(row);
        QTRY_VERIFY_WITH_TIMEOUT(row->progressBar()->value() >= 400, kTimeout);
        QVERIFY(row->progressBar()->value() < 1000);
        QTRY_VERIFY(row->statusLabel()->text().startsWith(QStringLiteral("Downloading")));

        QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
        b.browser.resize(1000, 720);
        QVERIFY(b.browser.grab().save(
            QStringLiteral(OHT_BINARY_DIR "/screenshots/catalog-browser.png")));

        QCOMPARE(row->pauseButton()->text(), QStringLiteral("&Pause"));
        QTest::mouseClick(row->pauseButton(), Qt::LeftButton);
        QTRY_VERIFY(row->statusLabel()->text().startsWith(QStringLiteral("Paused")));
        QCOMPARE(row->pauseButton()->text(), QStringLiteral("&Resume"));
        QSignalSpy changed(&b.browser, &CatalogBrowser::libraryChanged);
        QTest::mouseClick(row->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kTimeout);
        QCOMPARE(f.installedIds(), QStringList{QStringLiteral("org.example.hygiene@1.0.0")});
        // The resume asked only for the missing bytes.
        QCOMPARE(packServer.hits().size(), 2);
        QCOMPARE(packServer.hits().at(1).range,
                 "bytes=" + QByteArray::number(body.size() / 2) + '-');
    }
};

QTEST_MAIN(TestCatalogBrowser)
#include "tst_catalogbrowser.moc"
