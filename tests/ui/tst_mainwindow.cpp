// The library side of the window, driven through its real widgets: import by menu,
// by drop and by the command line's file list, refusal of bad packs, removal with
// confirmation, --open targets, and accessible names on every control.
#include "appharness.h"
#include "oht/library/library.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/importcontroller.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"
#include "oht/ui/searchdialog.h"
#include "oht/web/packscheme.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWebEngineView>

using oht::test::AppHarness;
using oht::ui::ImportController;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private:
    static QMessageBox *findMessageBox(QWidget *parent, const QString &name)
    {
        for (auto *box : parent->findChildren<QMessageBox *>(name)) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsOnTheLibrary()
    {
        AppHarness app;
        QVERIFY(app.install(QStringLiteral("org.test.alpha"), QStringLiteral("Alpha course")));
        app.restart();
        app.window().show();
        QVERIFY(app.window().isLibraryShown());
        QCOMPARE(app.window().libraryPage()->courseCount(), 1);
        QCOMPARE(app.window().libraryPage()->selectedPackId(), QStringLiteral("org.test.alpha"));
    }

    void importsThroughTheMenuAction()
    {
        AppHarness app;
        app.window().show();
        const QString pack =
            app.factory().course(QStringLiteral("org.test.menu"), QStringLiteral("Menu"));
        QVERIFY(!pack.isEmpty());
        QSignalSpy imported(app.window().importController(), &ImportController::packImported);
        bool dialogSeen = false;
        // The action opens a modal file dialog: answer it like a learner would.
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            // Type the path and press Enter, as a learner would.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(pack);
            QTest::keyClick(name, Qt::Key_Return);
        });
        app.window().importAction()->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.first().at(0).toString(), QStringLiteral("org.test.menu"));
        QCOMPARE(app.window().libraryPage()->courseCount(), 1);
        QCOMPARE(app.window().libraryPage()->selectedPackId(), QStringLiteral("org.test.menu"));
    }

    void importsADroppedPack()
    {
        AppHarness app;
        app.window().show();
        const QString pack =
            app.factory().course(QStringLiteral("org.test.drop"), QStringLiteral("Dropped"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(pack)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&app.window(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy imported(app.window().importController(), &ImportController::packImported);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&app.window(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(imported.wait(20000));
        QCOMPARE(app.installedIds(), QStringList{"org.test.drop@1.0.0"});
    }

    void ignoresADropOfOtherFiles()
    {
        AppHarness app;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/etc/hostname"))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&app.window(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void refusedPackShowsTheReasonAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("not a zip") << "not-a-zip";
        QTest::newRow("tampered lesson") << "tampered";
    }
    void refusedPackShowsTheReasonAndChangesNothing()
    {
        QFETCH(QString, kind);
        AppHarness app;
        QVERIFY(app.install(QStringLiteral("org.test.keep"), QStringLiteral("Kept")));
        app.window().libraryPage()->reload();
        app.window().show();
        const QStringList before = app.installedIds();
        QString bad;
        if (kind == QLatin1String("not-a-zip")) {
            bad = app.factory().notAZip(QStringLiteral("fake.ohtpack"));
        } else {
            // A real pack whose lesson was changed after building: the hash no longer matches.
            const QString good =
                app.factory().course(QStringLiteral("org.test.bad"), QStringLiteral("Bad"));
            bad = app.factory().tampered(good, QStringLiteral("lessons/intro.md"),
                                         QStringLiteral("tampered.ohtpack"));
            QVERIFY(!bad.isEmpty());
        }
        QSignalSpy failed(app.window().importController(), &ImportController::importFailed);
        app.window().importFiles({bad});
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().at(1).toString();
        QVERIFY(!message.isEmpty());
        QMessageBox *box = findMessageBox(&app.window(), QStringLiteral("importErrorDialog"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QFileInfo(bad).fileName()));
        QVERIFY(box->informativeText().contains(message));
        QVERIFY(box->informativeText().contains(QStringLiteral("has not been changed")));
        if (kind == QLatin1String("tampered"))
            QVERIFY2(message.contains(QStringLiteral("lessons/intro.md")), qPrintable(message));
        box->accept();
        QCOMPARE(app.installedIds(), before);
        QCOMPARE(app.window().libraryPage()->courseCount(), 1);
    }

    void removesACourseAfterConfirmation()
    {
        AppHarness app;
        QVERIFY(app.install(QStringLiteral("org.test.gone"), QStringLiteral("Going")));
        QVERIFY(app.install(QStringLiteral("org.test.stay"), QStringLiteral("Staying")));
        app.window().libraryPage()->reload();
        app.window().show();
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        app.window().libraryPage()->selectPack(QStringLiteral("org.test.gone"));
        auto answer = [](Qt::Key key, Qt::KeyboardModifiers modifiers) {
            QTimer::singleShot(100, [key, modifiers] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("Going")));
                QTest::keyClick(box, key, modifiers);
            });
        };
        // Enter picks the safe default: nothing is removed.
        answer(Qt::Key_Return, Qt::NoModifier);
        QTest::keyClick(app.window().libraryPage()->table(), Qt::Key_Delete);
        QCOMPARE(app.installedIds().size(), 2);
        app.window().activateWindow(); // back from the closed dialog
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        app.window().libraryPage()->table()->setFocus();
        // Tab to Remove and press Space (focus moves by keyboard as for a learner).
        QTimer::singleShot(100, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            auto *remove = box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));
            QVERIFY(remove);
            remove->setFocus(Qt::TabFocusReason);
            QTest::keyClick(remove, Qt::Key_Space);
        });
        QTest::keyClick(app.window().libraryPage()->table(), Qt::Key_Delete);
        QCOMPARE(app.installedIds(), QStringList{"org.test.stay@1.0.0"});
        QCOMPARE(app.window().libraryPage()->courseCount(), 1);
    }

    void openTargets()
    {
        AppHarness app;
        QVERIFY(app.install(QStringLiteral("org.test.target"), QStringLiteral("Target")));
        app.window().libraryPage()->reload();
        QVERIFY(app.window().openTarget(QStringLiteral("org.test.target")));
        QVERIFY(!app.window().isLibraryShown());
        QCOMPARE(app.window().coursePage()->currentItemId(), QString());
        QVERIFY(app.window().openTarget(QStringLiteral("org.test.target/summary")));
        QCOMPARE(app.window().coursePage()->currentItemId(), QStringLiteral("summary"));

        QVERIFY(!app.window().openTarget(QStringLiteral("org.test.missing")));
        QMessageBox *box = findMessageBox(&app.window(), QStringLiteral("errorDialog"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("org.test.missing")));
        box->accept();
        QVERIFY(!app.window().openTarget(QStringLiteral("org.test.target/no-such-item")));
        QVERIFY(app.window().isLibraryShown());
    }

    void everyControlHasAnAccessibleName()
    {
        AppHarness app;
        QVERIFY(app.install(QStringLiteral("org.test.a11y"), QStringLiteral("Accessible")));
        app.window().libraryPage()->reload();
        app.window().show();
        app.window().searchDialog()->show();
        QVERIFY(app.openLessonAndWait(QStringLiteral("org.test.a11y"), QStringLiteral("intro")));
        QList<QWidget *> widgets = app.window().findChildren<QWidget *>();
        widgets += app.window().searchDialog()->findChildren<QWidget *>();
        QStringList unnamed;
        for (QWidget *w : std::as_const(widgets)) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(w->window()))
                continue;
            // Chromium's render widget carries the page's own accessibility tree.
            if (qobject_cast<QWebEngineView *>(w->parentWidget()))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                         w->metaObject()->className());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }
};

int main(int argc, char *argv[])
{
    oht::web::registerPackScheme();
    QApplication app(argc, argv);
    tst_MainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
