#include "oht/quiz/presentation.h"
#include "oht/reviewui/itempreview.h"
#include "oht/reviewui/packwatcher.h"
#include "oht/reviewui/problemspanel.h"
#include "oht/reviewui/reviewwindow.h"
#include "oht/web/lessonview.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"
#include "webtesting.h"
#include "webtestmain.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace oht;
using reviewui::ReviewWindow;

namespace {
const QDate kToday(2026, 6, 1);
constexpr int kWait = 10000; // waits for the file system, measures nothing

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray longLesson(const QByteArray &marker)
{
    QByteArray text = "# Long\n\n";
    for (int i = 0; i < 80; ++i)
        text += "Paragraph " + QByteArray::number(i) + " about care.\n\n";
    return text + marker + "\n";
}

test::PackSourceWriter source()
{
    test::PackSourceWriter w;
    w.setFile("lessons/lesson-1.md", longLesson("End one."));
    return w;
}
} // namespace

/// Reviewer mode over a real source folder: outline, preview, answer keys, live reload
/// from real file writes keeping the position, findings opening the item at fault, notes
/// written to review-notes.json.
class TestReviewWindow : public QObject
{
    Q_OBJECT
    test::TempDataDir m_dir;
    int m_count = 0;

    /// The text of the lesson shown in the sealed reader, once a load has finished.
    static QString lessonText(ReviewWindow &window)
    {
        web::LessonView *view = window.lessonView();
        if (!view)
            return {};
        return test::evalJs(view->page(), "document.body ? document.body.innerText : ''")
            .toString();
    }
    static double scrollFraction(ReviewWindow &window)
    {
        return test::evalJs(window.lessonView()->page(),
                            "(function(){var e=document.scrollingElement;"
                            "return window.scrollY/(e.scrollHeight-innerHeight);})()")
            .toDouble();
    }

    QString freshPack(const test::PackSourceWriter &w = source())
    {
        const QString dir = m_dir.filePath(QStringLiteral("pack%1").arg(m_count++));
        return w.writeTo(dir) ? dir : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheOutlineAndTheFirstItem()
    {
        const QString dir = freshPack();
        ReviewWindow window(dir, kToday);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.outline()->topLevelItemCount(), 1);
        QCOMPARE(window.outline()->topLevelItem(0)->childCount(), 2);
        QCOMPARE(window.currentItemId(), "lesson-1");
        // The lesson is in the learner's sealed reader, served from the folder.
        QVERIFY(window.lessonView());
        QTRY_VERIFY_WITH_TIMEOUT(lessonText(window).contains("End one."), 20000);
        QCOMPARE(window.lessonView()->page()->url().scheme(), "oht-pack");
        QCOMPARE(window.lessonView()->page()->url().host(), "org.example.test");
        QVERIFY(window.windowTitle().contains("Reviewer mode"));
        QDir().mkpath(OHT_SCREENSHOT_DIR);
        QVERIFY(window.grab().save(OHT_SCREENSHOT_DIR "/reviewui-reviewwindow.png"));
    }

    void answerKeysOnDemand()
    {
        ReviewWindow window(freshPack(), kToday);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openItem("quiz-1"));
        QVERIFY(window.preview()->toPlainText().contains("Which of these is a health data"));
        QVERIFY(!window.preview()->toPlainText().contains("✔"));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(window.answersAction()->isChecked());
        const QString text = window.preview()->toPlainText();
        QVERIFY2(text.contains("HL7 FHIR ✔ correct"), qPrintable(text));
        QVERIFY(text.contains("That is an audio format.")); // per-option feedback
        QVERIFY(text.contains("FHIR is a standard for exchanging health records."));
    }

    void fixedSeedShowsALearnersOrder_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("file order") << QString();
        QTest::newRow("seed 1") << "1";
        QTest::newRow("seed 424242") << "424242";
    }
    void fixedSeedShowsALearnersOrder()
    {
        QFETCH(QString, seed);
        test::PackSourceWriter w = source();
        QByteArray questions;
        for (int i = 1; i <= 6; ++i)
            questions +=
                (i > 1 ? ",\n" : "") +
                QByteArray(
                    R"({"id": "q%1", "type": "truefalse", "answer": true, "prompt": "Prompt number %1?", "explanation": "E"})")
                    .replace("%1", QByteArray::number(i));
        w.setFile("quizzes/quiz-1.json",
                  "{\"shuffleQuestions\": true, \"questions\": [" + questions + "]}");
        ReviewWindow window(freshPack(w), kToday);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openItem("quiz-1"));
        QTest::keyClicks(window.seedEdit(), seed);
        const QString text = window.preview()->toPlainText();
        QStringList expected;
        if (seed.isEmpty()) {
            expected = {"q1", "q2", "q3", "q4", "q5", "q6"};
        } else {
            packformat::Quiz quiz;
            quiz.shuffleQuestions = true;
            for (int i = 1; i <= 6; ++i) {
                packformat::Question q;
                q.id = QStringLiteral("q%1").arg(i);
                q.type = packformat::QuestionType::TrueFalse;
                quiz.questions.append(q);
            }
            expected = quiz::Presentation::make(quiz, seed.toUInt()).questionOrder;
            // Otherwise this row could not tell a seeded preview from the file's order.
            QVERIFY(expected != QStringList({"q1", "q2", "q3", "q4", "q5", "q6"}));
        }
        QStringList shown;
        static const QRegularExpression heading("Question \\d+ \\((q\\d)\\)");
        for (auto it = heading.globalMatch(text); it.hasNext();)
            shown << it.next().captured(1);
        QCOMPARE(shown, expected);
    }

    void liveReloadKeepsThePosition()
    {
        const QString dir = freshPack();
        ReviewWindow window(dir, kToday);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(lessonText(window).contains("End one."), 20000);
        window.lessonView()->setReadingPosition(0.5);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(window.lessonView()->readingPosition() - 0.5) < 0.02, kWait);
        const int generation = window.watcher()->generation();

        QVERIFY(write(dir + "/lessons/lesson-1.md", longLesson("End two.")));
        QTRY_VERIFY_WITH_TIMEOUT(lessonText(window).contains("End two."), kWait);
        QVERIFY(window.watcher()->generation() > generation);
        QCOMPARE(window.currentItemId(), "lesson-1");
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(scrollFraction(window) - 0.5) < 0.02, kWait);
    }

    void lessonImagesComeFromTheFolderOnly()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        test::PackSourceWriter w = source();
        w.setFile("media/chart.png", png);
        w.setFile("lessons/lesson-1.md", "# One\n\n![A chart](../media/chart.png)\n\n"
                                         "![Outside](../../outside.png)\n");
        const QString dir = freshPack(w);
        QVERIFY(write(QFileInfo(dir).absolutePath() + "/outside.png", png));
        ReviewWindow window(dir, kToday);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(lessonText(window).contains("One"), 20000);
        QWebEnginePage *page = window.lessonView()->page();
        // Served through oht-pack:// from the folder, as in the learner's reader.
        QTRY_COMPARE_WITH_TIMEOUT(
            test::evalJs(page, "document.images[0].complete && document.images[0].naturalWidth")
                .toInt(),
            40, kWait);
        test::settle(300); // gives a wrongly served image the chance to show
        QCOMPARE(test::evalJs(page, "document.images.length").toInt(), 2);
        QCOMPARE(test::evalJs(page, "document.images[1].naturalWidth").toInt(), 0);
    }

    void aLessonLinkOpensThatItem()
    {
        test::PackSourceWriter w = source();
        w.setFile("lessons/lesson-1.md", "# One\n\n[To the quiz](../quizzes/quiz-1.json)\n");
        ReviewWindow window(freshPack(w), kToday);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(lessonText(window).contains("To the quiz"), 20000);
        QVERIFY(
            test::clickElement(window.lessonView()->page(), window.lessonView()->webView(), "a"));
        QTRY_COMPARE_WITH_TIMEOUT(window.currentItemId(), QString("quiz-1"), kWait);
        QVERIFY(window.preview()->isVisible());
    }

    void clickingAFindingOpensTheItemAtFault()
    {
        test::PackSourceWriter w = source();
        w.setFile("quizzes/quiz-1.json", R"({"questions": [
  {"id": "q1", "type": "truefalse", "answer": true, "prompt": "No feedback?"}
]})");
        const QString dir = freshPack(w);
        ReviewWindow window(dir, kToday);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentItemId(), "lesson-1");
        QTreeWidget *list = window.problems()->list();
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(3) == "missing-feedback")
                row = list->topLevelItem(i);
        QVERIFY(row);
        const QPoint at = list->visualItemRect(row).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.currentItemId(), "quiz-1");
        QVERIFY2(window.locationText().startsWith("quizzes/quiz-1.json:2 — "),
                 qPrintable(window.locationText()));
    }

    void clickingALessonFindingScrollsToIt()
    {
        test::PackSourceWriter w = source();
        w.setFile("media/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        w.setFile("lessons/lesson-1.md", longLesson("![](../media/map.svg)"));
        const QString dir = freshPack(w);
        ReviewWindow window(dir, kToday);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openItem("quiz-1"));
        QTreeWidget *list = window.problems()->list();
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(3) == "image-no-alt")
                row = list->topLevelItem(i);
        QVERIFY(row);
        const QPoint at = list->visualItemRect(row).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.currentItemId(), "lesson-1");
        QVERIFY2(window.locationText().startsWith("lessons/lesson-1.md:163"),
                 qPrintable(window.locationText()));
        // The fault is at the end of the lesson: the reader is scrolled near the bottom.
        QTRY_VERIFY_WITH_TIMEOUT(window.lessonView() && scrollFraction(window) > 0.9, 20000);
    }

    void notesAndReviewStatusGoToTheFile()
    {
        const QString dir = freshPack();
        ReviewWindow window(dir, kToday);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openItem("quiz-1"));
        window.noteCategory()->setCurrentIndex(1); // clinical accuracy
        QTest::keyClicks(window.noteQuestion(), "q1");
        QTest::keyClicks(window.noteText(), "MP3 is not a standard, but say why.");
        QTest::keyClicks(window.noteAuthor(), "Dr A");
        QTest::mouseClick(window.addNoteButton(), Qt::LeftButton);
        QVERIFY(window.noteText()->toPlainText().isEmpty());
        window.reviewedAction()->trigger();

        const auto saved = packio::ReviewNotes::load(dir + "/review-notes.json");
        QVERIFY(saved);
        QCOMPARE(saved->notes().size(), 1);
        const auto &n = saved->notes().first();
        QCOMPARE(n.itemId, "quiz-1");
        QCOMPARE(n.questionId, "q1");
        QCOMPARE(n.category, packio::NoteCategory::ClinicalAccuracy);
        QCOMPARE(n.text, "MP3 is not a standard, but say why.");
        QCOMPARE(n.author, "Dr A");
        QCOMPARE(n.date, kToday);
        QVERIFY(saved->review("quiz-1").reviewed);
        QCOMPARE(saved->review("quiz-1").by, "Dr A");
        // The open note is listed in the problems panel.
        QTreeWidget *list = window.problems()->list();
        bool listed = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            listed = listed || list->topLevelItem(i)->text(1) == "quiz-1/q1";
        QVERIFY(listed);
    }

    void emptyNoteIsRefused()
    {
        const QString dir = freshPack();
        ReviewWindow window(dir, kToday);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(window.noteText(), "   ");
        QTest::mouseClick(window.addNoteButton(), Qt::LeftButton);
        QVERIFY(!QFile::exists(dir + "/review-notes.json"));
        QVERIFY(window.notes().notes().isEmpty());
    }
};

OHT_WEB_TEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
