#include "oht/progress/profilestore.h"
#include "oht/progressui/pindialog.h"
#include "progressfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace oht;
using oht::progressui::PinDialog;

// The PIN prompt at start and when switching learners, driven by keyboard.
class TestPinDialog : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
        {
            auto created = store.create(QStringLiteral("Ana"), QStringLiteral("2468"));
            profile = created.value();
        }
        test::ProgressFixture f;
        progress::ProfileStore store{*f.db};
        progress::Profile profile;
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badPins_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing") << QString() << "Type the PIN first.";
        QTest::newRow("wrong") << QStringLiteral("1357") << "That PIN is not right. Try again.";
        QTest::newRow("almost") << QStringLiteral("24680") << "That PIN is not right. Try again.";
        // Letters cannot be typed at all: only the digits arrive, and they are wrong.
        QTest::newRow("letters") << QStringLiteral("ab12") << "That PIN is not right. Try again.";
    }

    void badPins()
    {
        QFETCH(QString, typed);
        QFETCH(QString, error);
        Fixture fx;
        PinDialog dialog(fx.store, fx.profile, PinDialog::Purpose::Switch);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.pinField()->hasFocus());
        QTest::keyClicks(dialog.pinField(), typed);
        QVERIFY(!dialog.pinField()->text().contains(QLatin1Char('a')));
        QTest::keyClick(dialog.pinField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // still asking
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.errorLabel()->isVisible());
        QCOMPARE(dialog.errorLabel()->text(), error);
        QVERIFY(dialog.pinField()->text().isEmpty()); // ready for another try
        // …and the right one is still accepted afterwards.
        QTest::keyClicks(dialog.pinField(), QStringLiteral("2468"));
        QTest::keyClick(dialog.pinField(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void escapeCancels()
    {
        Fixture fx;
        PinDialog dialog(fx.store, fx.profile, PinDialog::Purpose::Start);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // At start, cancelling quits the app: the button says so.
        const auto buttons = dialog.findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.begin(), buttons.end(),
                            [](QPushButton *b) { return b->text() == QStringLiteral("&Quit"); }));
        QTest::keyClick(dialog.pinField(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void verifyAsksOnlyWhenThereIsAPin()
    {
        Fixture fx;
        auto ben = fx.store.create(QStringLiteral("Ben"));
        QVERIFY(ben.ok());
        // No dialog at all for a learner without a PIN.
        QVERIFY(PinDialog::verify(fx.store, *ben, PinDialog::Purpose::Switch));

        // With a PIN: the modal dialog is answered by keyboard.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<PinDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->pinField(), QStringLiteral("2468"));
            QTest::keyClick(dialog->pinField(), Qt::Key_Return);
        });
        QVERIFY(PinDialog::verify(fx.store, fx.profile, PinDialog::Purpose::Switch));
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<PinDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClick(dialog->pinField(), Qt::Key_Escape);
        });
        QVERIFY(!PinDialog::verify(fx.store, fx.profile, PinDialog::Purpose::Switch));
    }

    void atStartSomeoneElseCanPickThemselves()
    {
        Fixture fx; // Ana, PIN 2468, used last
        auto ben = fx.store.create(QStringLiteral("Ben"));
        auto cara = fx.store.create(QStringLiteral("Cara"), QStringLiteral("1357"));
        QVERIFY(ben.ok() && cara.ok());
        // No PIN: straight in.
        QCOMPARE(PinDialog::chooseAtStart(fx.store, *ben)->id, ben->id);

        PinDialog dialog(fx.store, fx.profile, PinDialog::Purpose::Start);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QComboBox *who = dialog.learnerChooser();
        QVERIFY(who);
        QVERIFY(!who->accessibleName().isEmpty());
        QCOMPARE(who->count(), 3);
        QCOMPARE(who->currentText(), QStringLiteral("Ana (PIN)"));
        // Ben, by keyboard: no PIN to type.
        who->setFocus();
        QTest::keyClick(who, Qt::Key_Down);
        QCOMPARE(dialog.profile().id, ben->id);
        QVERIFY(!dialog.pinField()->isEnabled());
        QTest::keyClick(who, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().id, ben->id);
    }

    void atStartAnotherPinIsThatLearners()
    {
        Fixture fx;
        auto cara = fx.store.create(QStringLiteral("Cara"), QStringLiteral("1357"));
        QVERIFY(cara.ok());
        PinDialog dialog(fx.store, fx.profile, PinDialog::Purpose::Start);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.learnerChooser()->setCurrentIndex(1);
        QCOMPARE(dialog.profile().id, cara->id);
        QVERIFY(dialog.pinField()->isEnabled());
        QCOMPARE(dialog.pinField()->accessibleName(), QStringLiteral("PIN of Cara"));
        QTest::keyClicks(dialog.pinField(), QStringLiteral("2468")); // Ana's, not Cara's
        QTest::keyClick(dialog.pinField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("That PIN is not right. Try again."));
        QTest::keyClicks(dialog.pinField(), QStringLiteral("1357"));
        QTest::keyClick(dialog.pinField(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().id, cara->id);
    }

    void onlyOneLearnerNoChooser()
    {
        Fixture fx;
        PinDialog start(fx.store, fx.profile, PinDialog::Purpose::Start);
        QVERIFY(!start.learnerChooser());
        QVERIFY(fx.store.create(QStringLiteral("Ben")).ok());
        PinDialog switching(fx.store, fx.profile, PinDialog::Purpose::Switch);
        QVERIFY(!switching.learnerChooser()); // switching names its learner already
    }

    void accessibleNames()
    {
        Fixture fx;
        PinDialog dialog(fx.store, fx.profile, PinDialog::Purpose::Change);
        QCOMPARE(dialog.pinField()->accessibleName(), QStringLiteral("PIN of Ana"));
        QCOMPARE(dialog.pinField()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.errorLabel()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestPinDialog)
#include "tst_pindialog.moc"
