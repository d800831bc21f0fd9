#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "oht/quizview/quizattemptview.h"
#include "oht/quizview/quizoverview.h"
#include "oht/quizview/quizpage.h"
#include "oht/reviewui/itempreview.h"
#include "oht/reviewui/learnerquizpreview.h"
#include "oht/reviewui/reviewwindow.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"
#include "webtestmain.h"

#include <QAbstractButton>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace oht;
using reviewui::ReviewWindow;
using QuestionCardPtr = QPointer<quizview::QuestionCard>;

namespace {
const QDate kToday(2026, 6, 1);
constexpr int kWait = 10000; // waits for the file system, measures nothing

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

/// Every label text of a card: the prompt and the options as the learner reads them.
QString cardText(quizview::QuestionCard *card)
{
    QStringList texts;
    for (auto *label : card->findChildren<QLabel *>())
        texts << label->text();
    for (auto *button : card->findChildren<QAbstractButton *>())
        texts << button->text();
    return texts.join(QLatin1Char('\n'));
}
} // namespace

/// The "Learner view" tab of a quiz in reviewer mode: the learner's own QuizPage over a
/// private temporary library and progress database, reimported on every save.
class TestLearnerQuizPreview : public QObject
{
    Q_OBJECT
    test::TempDataDir m_dir;
    int m_count = 0;

    QString freshPack(const test::PackSourceWriter &w = {})
    {
        const QString dir = m_dir.filePath(QStringLiteral("pack%1").arg(m_count++));
        return w.writeTo(dir) ? dir : QString();
    }

    static void showLearnerView(ReviewWindow &window)
    {
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openItem("quiz-1"));
        QCOMPARE(window.quizTabs()->tabText(1).remove('&'), "Learner view");
        // Keyboard: the tab's mnemonic.
        QTest::keyClick(&window, Qt::Key_V, Qt::AltModifier);
        QCOMPARE(window.quizTabs()->currentWidget(), window.learnerView());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Where the learner's real library would be: the preview must never write there.
        qputenv("OHT_DATA_DIR", m_dir.filePath("real-data").toUtf8());
    }

    void showsTheLearnersQuizWidgets()
    {
        ReviewWindow window(freshPack(), kToday);
        showLearnerView(window);
        quizview::QuizPage *page = window.learnerView()->quizPage();
        QVERIFY(page);
        QVERIFY(window.learnerView()->isShowingQuiz());
        QCOMPARE(page->itemId(), "quiz-1");
        QCOMPARE(page->view(), quizview::QuizPage::View::Overview);
        QTest::mouseClick(page->overview()->startButton(), Qt::LeftButton);
        QCOMPARE(page->view(), quizview::QuizPage::View::Attempt);
        QCOMPARE(page->attemptView()->cards().size(), 1);
        quizview::QuestionCard *card = page->attemptView()->card("q1");
        QVERIFY(card);
        QVERIFY(cardText(card).contains("Which of these is a health data standard?"));
        QVERIFY(card->findChild<QAbstractButton *>("option-a"));
        // The listing is still there, with the answer keys on demand.
        window.quizTabs()->setCurrentIndex(0);
        QVERIFY(window.preview()->toPlainText().contains("Which of these is a health data"));
        window.quizTabs()->setCurrentIndex(1);
        QDir().mkpath(OHT_SCREENSHOT_DIR);
        QVERIFY(window.grab().save(OHT_SCREENSHOT_DIR "/reviewui-learnerquizpreview.png"));
    }

    void answeringWritesOnlyToTheTemporaryFolder_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("result");
        QTest::newRow("right") << "a"
                               << "✓ Correct";
        QTest::newRow("wrong") << "b"
                               << "✗ Incorrect";
    }
    void answeringWritesOnlyToTheTemporaryFolder()
    {
        QFETCH(QString, option);
        QFETCH(QString, result);
        const QString dir = freshPack();
        const QStringList sourceFiles = filesUnder(dir);
        QString tempDir;
        {
            ReviewWindow window(dir, kToday);
            showLearnerView(window);
            tempDir = window.learnerView()->dataDir();
            QVERIFY(!tempDir.startsWith(dir));
            quizview::QuizPage *page = window.learnerView()->quizPage();
            QVERIFY(page);
            QTest::mouseClick(page->overview()->startButton(), Qt::LeftButton);
            quizview::QuestionCard *card = page->attemptView()->card("q1");
            auto *button = card->findChild<QAbstractButton *>("option-" + option);
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(button->isChecked());
            QTest::mouseClick(card->checkButton(), Qt::LeftButton);
            QVERIFY2(card->resultLabel()->text().startsWith(result),
                     qPrintable(card->resultLabel()->text()));
            QVERIFY(!page->currentAttemptId().isNull());
            QVERIFY(QFileInfo::exists(QDir(tempDir).filePath("learner/progress.sqlite")));
        }
        QVERIFY(!QFileInfo::exists(tempDir)); // removed with the window
        QCOMPARE(filesUnder(dir), sourceFiles);
        QVERIFY(!QFileInfo::exists(m_dir.filePath("real-data")));
    }

    void aSavedChangeReloads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("quizEdited");
        QTest::addColumn<QString>("version"); // empty: pack.json untouched
        QTest::newRow("quiz edited") << "quizzes/quiz-1.json" << true << QString();
        QTest::newRow("lesson edited") << "lessons/lesson-1.md" << false << QString();
        QTest::newRow("quiz edited, newer version") << "quizzes/quiz-1.json" << true << "1.1.0";
        QTest::newRow("quiz edited, older version") << "quizzes/quiz-1.json" << true << "0.9.0";
    }
    void aSavedChangeReloads()
    {
        QFETCH(QString, file);
        QFETCH(bool, quizEdited);
        QFETCH(QString, version);
        const QString dir = freshPack();
        ReviewWindow window(dir, kToday);
        showLearnerView(window);
        quizview::QuizPage *page = window.learnerView()->quizPage();
        QVERIFY(page);
        QTest::mouseClick(page->overview()->startButton(), Qt::LeftButton);
        const QUuid attempt = page->currentAttemptId();
        QuestionCardPtr card = page->attemptView()->card("q1");
        QTest::mouseClick(card->findChild<QAbstractButton *>("option-a"), Qt::LeftButton);
        QTest::mouseClick(card->checkButton(), Qt::LeftButton);
        QVERIFY(card->isChecked());

        QByteArray quiz = test::PackSourceWriter::minimalQuiz();
        quiz.replace("Which of these is a health data standard?",
                     "Which one is a FHIR-like standard?");
        if (!version.isEmpty()) { // an older one is reimported too (forced)
            test::PackSourceWriter other(QStringLiteral("org.example.test"), version);
            other.setFile(file, quiz);
            QVERIFY(other.writeTo(dir));
        } else { // same version number: edited content is reimported all the same
            QVERIFY(write(QDir(dir).filePath(file),
                          quizEdited ? quiz : QByteArray("# First lesson\n\nEdited.\n")));
        }
        if (quizEdited) {
            // The learner's page closes an attempt whose questions changed; the reviewer
            // sees the edit in a new attempt at once.
            QTRY_VERIFY_WITH_TIMEOUT(page->currentAttemptId() != attempt, kWait);
            card = page->attemptView()->card("q1");
            QVERIFY(card);
            QVERIFY(cardText(card).contains("FHIR-like standard"));
            QVERIFY(!card->isChecked());
        } else {
            // The cards were rebuilt by the reload.
            QTRY_VERIFY_WITH_TIMEOUT(page->attemptView()->card("q1") != card, kWait);
            QCOMPARE(page->currentAttemptId(), attempt); // resumed exactly
            QVERIFY(page->attemptView()->card("q1")->isChecked());
        }
        QCOMPARE(page->view(), quizview::QuizPage::View::Attempt);
        QCOMPARE(window.currentItemId(), "quiz-1");
        QCOMPARE(window.quizTabs()->currentWidget(), window.learnerView());
    }

    void aBrokenPackShowsAMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("quiz without a correct answer")
            << "quizzes/quiz-1.json"
            << test::PackSourceWriter::minimalQuiz().replace("\"correct\": true",
                                                             "\"correct\": false");
        QTest::newRow("quiz not JSON") << "quizzes/quiz-1.json" << QByteArray("{ broken");
        QTest::newRow("lesson missing") << "lessons/lesson-1.md" << QByteArray();
    }
    void aBrokenPackShowsAMessage()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        const QString dir = freshPack();
        ReviewWindow window(dir, kToday);
        showLearnerView(window);
        QVERIFY(window.learnerView()->isShowingQuiz());
        if (contents.isEmpty())
            QVERIFY(QFile::remove(QDir(dir).filePath(file)));
        else
            QVERIFY(write(QDir(dir).filePath(file), contents));
        QTRY_VERIFY_WITH_TIMEOUT(!window.learnerView()->isShowingQuiz(), kWait);
        const QString message = window.learnerView()->messageLabel()->text();
        QVERIFY2(message.contains("Problems panel"), qPrintable(message));
        QVERIFY(window.learnerView()->messageLabel()->isVisible());
        QCOMPARE(window.currentItemId(), "quiz-1");
        QVERIFY(window.grab().save(OHT_SCREENSHOT_DIR "/reviewui-learnerquizpreview-errors.png"));
        // The listing still works.
        window.quizTabs()->setCurrentIndex(0);
        QCOMPARE(window.preview()->itemId(), "quiz-1");
        // Fixing the file brings the learner view back.
        test::PackSourceWriter fixed;
        QVERIFY(fixed.writeTo(dir));
        window.quizTabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.learnerView()->isShowingQuiz(), kWait);
    }
};

OHT_WEB_TEST_MAIN(TestLearnerQuizPreview)
#include "tst_learnerquizpreview.moc"
