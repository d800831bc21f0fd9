#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/learnermanagerdialog.h"
#include "oht/progressui/pindialog.h"
#include "progressfixture.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace oht;
using oht::progressui::LearnerManagerDialog;
using oht::progressui::PinDialog;

namespace {

const QString kPack = QStringLiteral("org.example.course");

/// Ana (current learner) on a real progress database, and the dialog over it.
struct Fixture
{
    Fixture()
    {
        services = std::move(progress::ProgressServices::open(f.dir.path(), *f.library).value());
        auto ana = services->profiles().create(QStringLiteral("Ana"));
        (void)services->activate(ana.value());
        dialog = std::make_unique<LearnerManagerDialog>(*services);
        dialog->show();
    }
    QStringList names() const
    {
        QStringList out;
        const auto profiles = services->profiles().list();
        for (const auto &p : profiles.value())
            out << p.name;
        return out;
    }
    void click(QPushButton *button) const { QTest::mouseClick(button, Qt::LeftButton); }
    void type(QLineEdit *field, const QString &text) const
    {
        field->clear();
        QTest::keyClicks(field, text);
    }

    test::ProgressFixture f;
    std::unique_ptr<progress::ProgressServices> services;
    std::unique_ptr<LearnerManagerDialog> dialog;
};

/// Answers the next modal dialog (a PIN prompt or a confirmation) by keyboard.
void answerNextModal(const QString &pin, Qt::Key key = Qt::Key_Return)
{
    QTimer::singleShot(0, [pin, key] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        if (auto *dialog = qobject_cast<PinDialog *>(modal))
            QTest::keyClicks(dialog->pinField(), pin);
        QTest::keyClick(modal, key);
    });
}

} // namespace

// Managing learners through the real dialog: add, rename, PINs, delete — with every
// validation rule fed its bad input.
class TestLearnerManagerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addsLearner()
    {
        Fixture fx;
        QCOMPARE(fx.dialog->list()->count(), 1);
        QVERIFY(fx.dialog->list()->item(0)->text().contains(QStringLiteral("(current)")));
        fx.type(fx.dialog->nameField(), QStringLiteral("  Ben "));
        fx.click(fx.dialog->addButton());
        QCOMPARE(fx.names(), (QStringList{QStringLiteral("Ana"), QStringLiteral("Ben")}));
        QCOMPARE(fx.dialog->list()->count(), 2);
        QCOMPARE(fx.dialog->list()->currentItem()->text(), QStringLiteral("Ben"));
        QVERIFY(!fx.dialog->messageLabel()->text().startsWith(QStringLiteral("⚠")));
        QCOMPARE(fx.services->profileId(), fx.services->profiles().list()->first().id);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("rename");
        QTest::newRow("empty add") << QString() << false;
        QTest::newRow("blank add") << QStringLiteral("   ") << false;
        QTest::newRow("taken add") << QStringLiteral("ANA") << false;
        QTest::newRow("too long add") << QString(61, QLatin1Char('x')) << false;
        QTest::newRow("empty rename") << QString() << true;
        QTest::newRow("too long rename") << QString(61, QLatin1Char('x')) << true;
        QTest::newRow("taken rename") << QStringLiteral("ben") << true;
    }

    void badNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, rename);
        Fixture fx;
        QVERIFY(fx.services->profiles().create(QStringLiteral("Ben")).ok());
        fx.dialog->select(fx.services->profileId());
        const QStringList before = fx.names();
        fx.type(fx.dialog->nameField(), name);
        fx.click(rename ? fx.dialog->renameButton() : fx.dialog->addButton());
        QCOMPARE(fx.names(), before);
        QVERIFY(fx.dialog->messageLabel()->isVisible());
        QVERIFY(fx.dialog->messageLabel()->text().startsWith(QStringLiteral("⚠")));
        QVERIFY(fx.dialog->messageLabel()->text().size() > 5);
    }

    void renameCurrentUpdatesSession()
    {
        Fixture fx;
        QSignalSpy updated(&fx.services->session(), &progress::LearnerSession::profileUpdated);
        fx.type(fx.dialog->nameField(), QStringLiteral("Ana Maria"));
        fx.click(fx.dialog->renameButton());
        QCOMPARE(fx.names(), QStringList{QStringLiteral("Ana Maria")});
        QCOMPARE(updated.size(), 1);
        QCOMPARE(fx.services->session().profile().name, QStringLiteral("Ana Maria"));
    }

    void badPins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("123");
        QTest::newRow("too long") << QStringLiteral("1234567890123");
        QTest::newRow("letters") << QStringLiteral("12ab");
        QTest::newRow("spaces") << QStringLiteral("12 34");
    }

    void badPins()
    {
        QFETCH(QString, pin);
        Fixture fx;
        fx.type(fx.dialog->pinField(), pin);
        fx.click(fx.dialog->setPinButton());
        QVERIFY(!fx.services->profiles().profile(fx.services->profileId())->hasPin);
        QVERIFY(fx.dialog->messageLabel()->text().startsWith(QStringLiteral("⚠")));
    }

    void setChangeAndClearPin()
    {
        Fixture fx;
        const qint64 ana = fx.services->profileId();
        QVERIFY(!fx.dialog->clearPinButton()->isEnabled());
        fx.type(fx.dialog->pinField(), QStringLiteral("2468"));
        fx.click(fx.dialog->setPinButton()); // no PIN yet: nothing to ask
        QVERIFY(*fx.services->profiles().checkPin(ana, QStringLiteral("2468")));
        QVERIFY(fx.services->session().profile().hasPin);
        QVERIFY(fx.dialog->pinField()->text().isEmpty());
        QVERIFY(fx.dialog->clearPinButton()->isEnabled());

        // Changing it asks for the current one; a cancelled prompt changes nothing.
        fx.type(fx.dialog->pinField(), QStringLiteral("1111"));
        answerNextModal({}, Qt::Key_Escape);
        fx.click(fx.dialog->setPinButton());
        QVERIFY(*fx.services->profiles().checkPin(ana, QStringLiteral("2468")));
        answerNextModal(QStringLiteral("2468"));
        fx.click(fx.dialog->setPinButton());
        QVERIFY(*fx.services->profiles().checkPin(ana, QStringLiteral("1111")));

        answerNextModal(QStringLiteral("1111"));
        fx.click(fx.dialog->clearPinButton());
        QVERIFY(!fx.services->profiles().profile(ana)->hasPin);
        QVERIFY(!fx.services->session().profile().hasPin);
    }

    void deleteRemovesOnlyThatLearner()
    {
        Fixture fx;
        const qint64 ana = fx.services->profileId();
        auto ben = fx.services->profiles().create(QStringLiteral("Ben"), QStringLiteral("9753"));
        QVERIFY(ben.ok());
        QVERIFY(fx.services->events().markCompleted(ana, kPack, QStringLiteral("l1")).ok());
        QVERIFY(fx.services->events().markCompleted(ben->id, kPack, QStringLiteral("l1")).ok());
        // Reopened: the list is read when the dialog opens.
        fx.dialog = std::make_unique<LearnerManagerDialog>(*fx.services);
        fx.dialog->show();
        QVERIFY(fx.dialog->select(ana));
        QVERIFY(!fx.dialog->deleteButton()->isEnabled()); // the current learner
        QVERIFY(fx.dialog->select(ben->id));
        QVERIFY(fx.dialog->deleteButton()->isEnabled());

        // Ben's PIN, then "Keep": nothing deleted.
        answerNextModal(QStringLiteral("9753"));
        QTimer::singleShot(50, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("deleteLearnerConfirm"));
            QTest::keyClick(box, Qt::Key_Escape);
        });
        fx.click(fx.dialog->deleteButton());
        QCOMPARE(fx.names().size(), 2);

        answerNextModal(QStringLiteral("9753"));
        QTimer::singleShot(50, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->findChild<QPushButton *>(QStringLiteral("confirmDeleteLearnerButton"))->click();
        });
        fx.click(fx.dialog->deleteButton());
        QCOMPARE(fx.names(), QStringList{QStringLiteral("Ana")});
        QVERIFY(fx.services->events().itemState(ana, kPack, QStringLiteral("l1"))->has_value());
        QVERIFY(
            !fx.services->events().itemState(ben->id, kPack, QStringLiteral("l1"))->has_value());
        QCOMPARE(fx.dialog->list()->count(), 1);
    }

    void everyControlIsNamed()
    {
        Fixture fx;
        // Buttons are named by their text or an accessible name.
        for (QPushButton *b : fx.dialog->findChildren<QPushButton *>())
            QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                     qPrintable(b->objectName()));
        QVERIFY(!fx.dialog->nameField()->accessibleName().isEmpty());
        QVERIFY(!fx.dialog->pinField()->accessibleName().isEmpty());
        QVERIFY(!fx.dialog->list()->accessibleName().isEmpty());
        QVERIFY(!fx.dialog->deleteButton()->accessibleName().isEmpty());
    }

    void screenshot()
    {
        Fixture fx;
        QVERIFY(fx.services->profiles().create(QStringLiteral("Ben"), QStringLiteral("1357")).ok());
        fx.dialog = std::make_unique<LearnerManagerDialog>(*fx.services);
        fx.dialog->show();
        fx.type(fx.dialog->pinField(), QStringLiteral("12"));
        fx.click(fx.dialog->setPinButton());
        QTest::qWait(100);
        QDir().mkpath(QStringLiteral(OHT_SCREENSHOT_DIR));
        QVERIFY(fx.dialog->grab().save(QStringLiteral(OHT_SCREENSHOT_DIR "/learner-manager.png")));
    }
};

QTEST_MAIN(TestLearnerManagerDialog)
#include "tst_learnermanagerdialog.moc"
