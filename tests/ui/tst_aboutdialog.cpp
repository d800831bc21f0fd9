// Help ▸ About: the three versions a bug report needs (app, library database schema,
// course pack format), the data folder, the app's licence and the libraries' licences;
// reached from the Help menu of the real window. Saves a screenshot to
// <build>/screenshots/about.png for looking at.
#include "appharness.h"
#include "oht/core/appinfo.h"
#include "oht/library/library.h"
#include "oht/ui/aboutdialog.h"
#include "oht/ui/mainwindow.h"
#include "oht/web/packscheme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using oht::test::AppHarness;
using oht::ui::AboutDialog;

class tst_AboutDialog : public QObject
{
    Q_OBJECT
private:
    static QString value(const QWidget &dialog, const QString &name)
    {
        const auto *label = dialog.findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(name);
    }
    static QStringList column(const QTableWidget &table, int col)
    {
        QStringList cells;
        for (int row = 0; row < table.rowCount(); ++row)
            cells.append(table.item(row, col)->text());
        return cells;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheThreeVersions()
    {
        AppHarness app;
        const int schema = app.library().schemaVersion();
        QVERIFY(schema > 0);
        AboutDialog dialog(schema, app.dataDir());
        QCOMPARE(value(dialog, QStringLiteral("appVersion")), oht::appVersionString());
        QCOMPARE(value(dialog, QStringLiteral("schemaVersion")), QString::number(schema));
        QCOMPARE(value(dialog, QStringLiteral("packFormatVersion")),
                 QString::number(oht::kPackFormatVersion));
        QCOMPARE(value(dialog, QStringLiteral("dataDir")), QDir::toNativeSeparators(app.dataDir()));
        QCOMPARE(value(dialog, QStringLiteral("qtVersion")), QString::fromLatin1(qVersion()));
    }

    void listsTheLicences_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<QString>("licence");
        QTest::newRow("Qt") << "Qt 6"
                            << "LGPL-3.0";
        QTest::newRow("QtWebEngine") << "Qt WebEngine / Chromium"
                                     << "LGPL-3.0";
        QTest::newRow("Chromium") << "Qt WebEngine / Chromium"
                                  << "BSD-3-Clause";
        QTest::newRow("libarchive") << "libarchive"
                                    << "BSD-2-Clause";
        QTest::newRow("md4c") << "md4c"
                              << "MIT";
        QTest::newRow("SQLite") << "SQLite"
                                << "Public domain";
        QTest::newRow("libsodium") << "libsodium"
                                   << "ISC";
        QTest::newRow("zlib") << "zlib"
                              << "Zlib";
    }
    void listsTheLicences()
    {
        QFETCH(QString, library);
        QFETCH(QString, licence);
        AboutDialog dialog(1, QStringLiteral("/tmp/x"));
        const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("licenceTable"));
        QVERIFY(table);
        const int row = column(*table, 0).indexOf(library);
        QVERIFY2(row >= 0, qPrintable(column(*table, 0).join(QLatin1String(", "))));
        QVERIFY2(table->item(row, 1)->text().contains(licence),
                 qPrintable(table->item(row, 1)->text()));
        QVERIFY(!table->item(row, 2)->text().isEmpty()); // what it is used for
        QVERIFY(!table->accessibleName().isEmpty());
    }

    void statesTheAppLicence()
    {
        AboutDialog dialog(1, QStringLiteral("/tmp/x"));
        QVERIFY(!oht::appLicense().isEmpty());
        QVERIFY(value(dialog, QStringLiteral("appLicence")).contains(oht::appLicense()));
    }

    void copiesTheDetails()
    {
        AboutDialog dialog(7, QStringLiteral("/tmp/library"));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyDetails"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, dialog.detailsText());
        QVERIFY(text.contains(QStringLiteral("HealthTech Toolkit ") + oht::appVersionString()));
        QVERIFY(text.contains(QStringLiteral("Library database schema: 7")));
        QVERIFY(
            text.contains(QStringLiteral("Course pack format: %1").arg(oht::kPackFormatVersion)));
        QVERIFY(text.contains(QStringLiteral("/tmp/library")));
    }

    // From the Help menu of the real window, with the open library's schema version.
    void opensFromTheHelpMenu()
    {
        AppHarness app;
        app.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        auto *about = app.window().findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window().findChild<AboutDialog *>()) && dialog->isVisible());
        QCOMPARE(value(*dialog, QStringLiteral("schemaVersion")),
                 QString::number(app.library().schemaVersion()));
        QCOMPARE(value(*dialog, QStringLiteral("appVersion")), oht::appVersionString());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        const QString outDir = QStringLiteral(OHT_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(outDir));
        const QPixmap shot = dialog->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QDir(outDir).filePath(QStringLiteral("about.png"))));

        dialog->reject();
        QTRY_VERIFY(!app.window().findChild<AboutDialog *>()); // deleted on close
    }
};

int main(int argc, char *argv[])
{
    oht::web::registerPackScheme();
    QApplication app(argc, argv);
    // As main.cpp does: the dialog shows the window icon.
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(OHT_SOURCE_DIR "/resources/icons/oht-toolkit.svg")));
    tst_AboutDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_aboutdialog.moc"
