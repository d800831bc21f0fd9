#include "appharness.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/quizview/choicequestionwidget.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizoverview.h"
#include "oht/quizview/quizpage.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/mainwindow.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace oht;
using namespace oht::quizview;

/// The quiz part of CoursePage in the whole app (MainWindow as main.cpp wires it): a quiz
/// item opens the QuizPage for the current learner, passing it completes the item, and
/// switching learners shows the other learner's attempts.
class TestCourseQuiz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void takeTheCoursesQuizInTheApp()
    {
        test::AppHarness app;
        const QString pack = QStringLiteral("org.example.quizflow");
        QVERIFY(app.install(pack, QStringLiteral("Quiz flow")));
        app.window().show();
        ui::CoursePage *course = app.window().coursePage();
        QVERIFY(app.window().openCourse(pack, QStringLiteral("check")));
        QuizPage *quiz = course->quizPage();
        QVERIFY(quiz);
        QVERIFY(quiz->isVisible());
        QCOMPARE(quiz->view(), QuizPage::View::Overview);
        QCOMPARE(quiz->profileId(), app.progress().session().profileId());

        QSignalSpy completed(course, &ui::CoursePage::quizCompleted);
        QTest::keyClick(quiz->overview()->startButton(), Qt::Key_Space);
        QuestionCard *card = quiz->attemptView()->card(QStringLiteral("q1"));
        auto *choice = qobject_cast<ChoiceQuestionWidget *>(card->input());
        QVERIFY(choice);
        QTest::keyClick(choice->button(QStringLiteral("a")), Qt::Key_Space);
        QTest::keyClick(card->checkButton(), Qt::Key_Space);
        QVERIFY(card->isChecked());
        QTest::keyClick(quiz->attemptView()->submitButton(), Qt::Key_Space);
        QCOMPARE(quiz->view(), QuizPage::View::Review);
        QCOMPARE(completed.size(), 1);
        const auto state = app.progress().events().itemState(app.progress().session().profileId(),
                                                             pack, QStringLiteral("check"));
        QVERIFY(state.ok() && state->has_value() && (*state)->isCompleted());

        // Another learner: their own (empty) history; back again: the attempt is there.
        const progress::Profile first = app.progress().session().profile();
        auto ben = app.progress().profiles().create(QStringLiteral("Ben"));
        QVERIFY(ben.ok());
        app.progress().session().setProfile(*ben);
        QCOMPARE(quiz->profileId(), ben->id);
        QCOMPARE(quiz->view(), QuizPage::View::Overview);
        QCOMPARE(quiz->overview()->history()->topLevelItemCount(), 0);
        app.progress().session().setProfile(first);
        QCOMPARE(quiz->overview()->history()->topLevelItemCount(), 1);

        // A lesson replaces the quiz page; Next/Previous keep working around it.
        course->previous();
        QVERIFY(!quiz->isVisible());
        QVERIFY(course->isLessonShown());
    }
};

QTEST_MAIN(TestCourseQuiz)
#include "tst_coursequiz.moc"
