#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizpage.h"
#include "quizfixture.h"

#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::quizview;
using test::QuizFixture;

/// The crash test: the app (a child process running a real QuizPage) is killed
/// with SIGKILL right after an answer; on restart the answer is in the record and the quiz
/// page resumes the attempt with that answer shown as given.
class TestQuizDurability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void answerSurvivesSigkillAndResumes()
    {
        QuizFixture f(QStringLiteral("immediate"), true);
        QVERIFY(f.ok);

        QProcess child;
        child.setProgram(QStringLiteral(OHT_QUIZ_HELPER));
        child.setArguments({f.base.dir.path(), QString::number(f.profileId)});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
        QByteArray out;
        while (!out.contains("answered\n")) {
            QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                     child.readAllStandardError().constData());
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
        }
        child.kill(); // SIGKILL: no destructor, no event loop turn, nothing flushed
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QVERIFY(f.reopen());
        const auto open =
            f.attempts->unfinishedAttempt(f.profileId, QuizFixture::kPackId, QuizFixture::kQuizId);
        QVERIFY(open.ok() && open->has_value());
        QCOMPARE((*open)->answers.size(), 1);
        QCOMPARE((*open)->answers[0].questionId, QStringLiteral("single"));
        QCOMPARE((*open)->answers[0].response.choices, QStringList{QStringLiteral("heart")});

        // A new quiz page resumes that attempt: same seed (same order), the answer shown
        // and checked, the learner moved on to the next question.
        auto page = f.makePage();
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        QCOMPARE(page->view(), QuizPage::View::Attempt);
        QCOMPARE(page->currentAttemptId(), (*open)->id);
        QuestionCard *card = page->attemptView()->card(QStringLiteral("single"));
        QVERIFY(card->isChecked());
        QCOMPARE(card->input()->response().choices, QStringList{QStringLiteral("heart")});
        QVERIFY(card->resultLabel()->text().startsWith(QStringLiteral("✓ Correct")));
        QVERIFY(page->attemptView()->noticeLabel()->isVisibleTo(page.get()));
        QStringList order;
        for (const QuestionCard *c : page->attemptView()->cards())
            order << c->questionId();
        const QByteArray childOrder = out.mid(out.indexOf("order ") + 6).split('\n').first();
        QCOMPARE(order.join(QLatin1Char(',')), QString::fromUtf8(childOrder));
        QCOMPARE(page->attemptView()->progressLabel()->text(),
                 QStringLiteral("1 of 7 questions answered"));
    }
};

QTEST_MAIN(TestQuizDurability)
#include "tst_quizdurability.moc"
