#include "oht/progress/attemptstore.h"
#include "oht/progress/profilestore.h"
#include "progressfixture.h"

#include <QProcess>
#include <QTest>

using namespace oht;
using namespace oht::progress;

/// An answer whose call has returned survives the process being killed at once (no
/// destructor, no close, no checkpoint): the commit itself is durable.
class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    void answerSurvivesSigkill()
    {
        test::ProgressFixture f;
        QVERIFY(f.install(test::ProgressFixture::course()));
        const auto quiz =
            test::ProgressFixture::parseQuiz(test::ProgressFixture::fiveQuestionQuiz());
        auto ana = ProfileStore(*f.db).create(QStringLiteral("Ana"));
        AttemptStore store(*f.db, *f.library);
        auto attempt = store.start(ana->id, QStringLiteral("org.example.course"),
                                   QStringLiteral("q"), quiz, 31337);
        QVERIFY(attempt.ok());

        QProcess child;
        child.setProgram(QStringLiteral(OHT_PROGRESS_HELPER));
        child.setArguments(
            {f.dir.path(), QString::number(ana->id), attempt->id.toString(QUuid::WithoutBraces)});
        child.start();
        QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
        QByteArray out;
        while (!out.contains("ANSWERED\n")) {
            QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                     child.readAllStandardError().constData());
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
        }
        child.kill(); // SIGKILL, right after the call returned
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QVERIFY(f.reopen());
        auto resumed = AttemptStore(*f.db, *f.library)
                           .unfinishedAttempt(ana->id, QStringLiteral("org.example.course"),
                                              QStringLiteral("q"));
        QVERIFY(resumed.ok() && resumed->has_value());
        QCOMPARE((*resumed)->seed, 31337u);
        QCOMPARE((*resumed)->answers.size(), 1);
        QCOMPARE((*resumed)->answers[0].questionId, QStringLiteral("q3"));
        QCOMPARE((*resumed)->answers[0].response.choices, QStringList{QStringLiteral("a")});
        QVERIFY((*resumed)->answers[0].correct);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
