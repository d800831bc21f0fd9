#include "oht/quizview/questioncard.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizpage.h"
#include "oht/quizview/quizreview.h"
#include "quizdriver.h"
#include "quizfixture.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::quizview;
using test::QuizFixture;

/// Pictures of the quiz page for people to look at (build/screenshots/quiz-*.png): an
/// attempt with feedback, the review, the overview with history, and 200 % text.
class TestQuizScreenshots : public QObject
{
    Q_OBJECT

private:
    static void save(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const QString dir = QStringLiteral(OHT_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(widget->grab().save(dir + QStringLiteral("/quiz-%1.png").arg(name)));
    }

    /// Answers the first `count` questions (every second one wrongly) and checks them.
    static void answer(QuizFixture &f, QuizPage &page, int count, bool check)
    {
        const packformat::Quiz quiz = f.quiz();
        int i = 0;
        for (QuestionCard *card : page.attemptView()->cards()) {
            if (i == count)
                break;
            for (const auto &q : quiz.questions) {
                if (q.id == card->questionId())
                    test::answerByMouse(card->input(), i % 2 ? QuizFixture::wrongResponse(q)
                                                             : QuizFixture::rightResponse(q));
            }
            if (check)
                QTest::mouseClick(card->checkButton(), Qt::LeftButton);
            ++i;
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void immediateAttemptAndReview()
    {
        QuizFixture f;
        auto page = f.makePage();
        page->resize(820, 900);
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        save(page.get(), QStringLiteral("start"));
        page->startOrResume();
        answer(f, *page, 2, true);
        page->attemptView()->scrollArea()->ensureWidgetVisible(page->attemptView()->cards()[1]);
        save(page.get(), QStringLiteral("immediate"));
        answer(f, *page, 7, true);
        QTest::mouseClick(page->attemptView()->submitButton(), Qt::LeftButton);
        QCOMPARE(page->view(), QuizPage::View::Review);
        save(page.get(), QStringLiteral("review"));
        QTest::mouseClick(page->review()->overviewButton(), Qt::LeftButton);
        save(page.get(), QStringLiteral("overview"));
    }

    void examAtDoubleTextSize()
    {
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });
        QuizFixture f(QStringLiteral("exam"));
        auto page = f.makePage();
        page->resize(820, 900);
        page->show();
        QVERIFY(page->showQuiz(QuizFixture::kPackId, QuizFixture::kQuizId).ok());
        page->startOrResume();
        answer(f, *page, 7, false);
        auto *scroll = page->attemptView()->scrollArea();
        scroll->ensureWidgetVisible(page->attemptView()->card(QStringLiteral("ordering")));
        save(page.get(), QStringLiteral("exam-200"));
    }
};

QTEST_MAIN(TestQuizScreenshots)
#include "tst_quizscreenshots.moc"
