#include "oht/progress/attemptstore.h"
#include "oht/progress/eventrecorder.h"
#include "oht/progress/learningrecord.h"
#include "oht/progress/profilestore.h"
#include "oht/progressui/completionlist.h"
#include "oht/progressui/progresspage.h"
#include "oht/progressui/scorehistoryview.h"
#include "oht/progressui/weeklytimeview.h"
#include "progressfixture.h"
#include "recordbuilder.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace oht;
using namespace oht::progressui;
using test::ProgressFixture;

namespace {

const QString kPack = QStringLiteral("org.example.course");

/// A data dir with the test course and Ana's sample record (l1 done, the quiz passed).
struct PageFixture
{
    PageFixture()
    {
        ok = f.install(ProgressFixture::course());
        ana = ok ? test::buildSampleRecord(f, clock, QStringLiteral("Ana")) : 0;
        page = std::make_unique<ProgressPage>(*f.db, *f.library, clock.clock());
        page->resize(900, 1400);
        page->setPathChooser([this](ProgressPage::FileAction action, const QString &suggested) {
            asked.append(action);
            suggestions.append(suggested);
            return answer;
        });
        page->setProfileId(ana);
    }
    void completeCourse()
    {
        progress::EventRecorder rec(*f.db, clock.clock());
        QVERIFY(rec.markCompleted(ana, kPack, QStringLiteral("l2")).ok());
        QVERIFY(rec.markCompleted(ana, kPack, QStringLiteral("l3")).ok());
    }
    void screenshot(const QString &name)
    {
        QDir().mkpath(QStringLiteral(OHT_SCREENSHOT_DIR));
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QTest::qWait(50);
        QVERIFY(page->grab().save(QStringLiteral(OHT_SCREENSHOT_DIR "/") + name));
    }

    ProgressFixture f;
    test::FakeClock clock;
    bool ok = false;
    qint64 ana = 0;
    std::unique_ptr<ProgressPage> page;
    QString answer; ///< what the "file dialog" returns
    QList<ProgressPage::FileAction> asked;
    QStringList suggestions;
};

} // namespace

class TestProgressPage : public QObject
{
    Q_OBJECT

private slots:
    void coursePageShowsCompletionScoresTimeAndStreak()
    {
        PageFixture p;
        QVERIFY(p.ok && p.ana);
        p.page->showCourse(kPack);
        QCOMPARE(p.page->titleLabel()->text(), QStringLiteral("Progress in Test course"));
        QCOMPARE(p.page->summaryLabel()->text(),
                 QStringLiteral("2 of 4 items done, 50 %. Lessons completed: 1 of 3. Quizzes "
                                "passed: 1 of 1."));
        CompletionList *modules = p.page->completionList();
        QCOMPARE(modules->rowCount(), 2);
        QCOMPARE(modules->bar(0)->value(), 2);
        QCOMPARE(modules->bar(0)->maximum(), 3);
        QCOMPARE(modules->bar(1)->value(), 0);
        QCOMPARE(p.page->scoreHistory()->table()->topLevelItemCount(), 1);
        QCOMPARE(p.page->scoreHistory()->table()->topLevelItem(0)->text(2), QStringLiteral("80 %"));
        QVERIFY(p.page->weeklyTime()->isChartShown());
        QCOMPARE(p.page->weeklyTime()->shownWeeks().last().seconds, 90);
        QVERIFY2(p.page->streakLabel()->text().startsWith(QStringLiteral("Study streak: 1 day")),
                 qPrintable(p.page->streakLabel()->text()));
        // Not complete: no certificate button, a note says when it comes.
        QVERIFY(p.page->certificateButton()->isHidden());
        QVERIFY(p.page->certificateNote()->text().contains(QStringLiteral("becomes available")));
        QVERIFY(!p.page->overallButton()->isHidden());
        p.screenshot(QStringLiteral("progress-course.png"));
    }

    void aNewLearnerSeesEmptyStatesNotErrors()
    {
        PageFixture p;
        auto ben = progress::ProfileStore(*p.f.db).create(QStringLiteral("Ben"));
        p.page->setProfileId(ben->id);
        p.page->showCourse(kPack);
        QCOMPARE(p.page->completionList()->bar(0)->value(), 0);
        QVERIFY(!p.page->scoreHistory()->isChartShown());
        QVERIFY(!p.page->weeklyTime()->isChartShown());
        QCOMPARE(p.page->streakLabel()->text(),
                 QStringLiteral("Study streak: none yet. Study today to start one."));
        QVERIFY(p.page->messageLabel()->isHidden());
    }

    void certificateOnceCompleteIsSavedAsPdf()
    {
        PageFixture p;
        p.completeCourse();
        p.page->showCourse(kPack);
        QVERIFY(!p.page->certificateButton()->isHidden());
        p.answer = p.f.dir.filePath(QStringLiteral("cert.pdf"));
        QTest::mouseClick(p.page->certificateButton(), Qt::LeftButton);
        QCOMPARE(p.asked,
                 QList<ProgressPage::FileAction>{ProgressPage::FileAction::SaveCertificate});
        QCOMPARE(p.suggestions.first(), QStringLiteral("certificate-test-course-2026-03-02.pdf"));
        QFile pdf(p.answer);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY2(p.page->messageLabel()->text().contains(QStringLiteral("Verification code")),
                 qPrintable(p.page->messageLabel()->text()));
        p.screenshot(QStringLiteral("progress-course-complete.png"));
    }

    void certificateRefusedWhileIncomplete()
    {
        PageFixture p;
        p.page->showCourse(kPack);
        const QString path = p.f.dir.filePath(QStringLiteral("cert.pdf"));
        QVERIFY(!p.page->saveCertificate(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(p.page->messageLabel()->text().contains(QStringLiteral("not complete")));
    }

    void exportAndImportThroughTheButtons_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("mouse") << false;
        QTest::newRow("keyboard") << true;
    }
    void exportAndImportThroughTheButtons()
    {
        QFETCH(bool, byKeyboard);
        PageFixture p;
        p.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.page.get()));
        const auto press = [&](QPushButton *b) {
            if (byKeyboard) {
                b->setFocus();
                QTest::keyClick(b, Qt::Key_Space);
            } else {
                QTest::mouseClick(b, Qt::LeftButton);
            }
        };
        p.answer = p.f.dir.filePath(QStringLiteral("ana.json"));
        press(p.page->exportXapiButton());
        QVERIFY(QFile::exists(p.answer));
        QCOMPARE(p.suggestions.last(), QStringLiteral("learning-record-ana-2026-03-02.json"));
        QVERIFY2(p.page->messageLabel()->text().startsWith(QStringLiteral("Saved ")),
                 qPrintable(p.page->messageLabel()->text()));
        const QString json = p.answer;
        p.answer = p.f.dir.filePath(QStringLiteral("ana.csv"));
        press(p.page->exportCsvButton());
        QVERIFY(QFile::exists(p.answer));

        // On "another computer": Ben imports Ana's file and has her progress.
        auto ben = progress::ProfileStore(*p.f.db).create(QStringLiteral("Ben"));
        p.page->setProfileId(ben->id);
        p.page->showCourse(kPack);
        QCOMPARE(p.page->completionList()->bar(0)->value(), 0);
        QSignalSpy changed(p.page.get(), &ProgressPage::recordChanged);
        p.answer = json;
        press(p.page->importButton());
        QCOMPARE(changed.size(), 1);
        QVERIFY2(p.page->messageLabel()->text().startsWith(QStringLiteral("Imported “ana.json”: ")),
                 qPrintable(p.page->messageLabel()->text()));
        QCOMPARE(p.page->completionList()->bar(0)->value(), 2);
        QCOMPARE(p.page->scoreHistory()->table()->topLevelItemCount(), 1);
        // Again: nothing new.
        const auto events = progress::LearningRecord(*p.f.db).events(ben->id)->size();
        press(p.page->importButton());
        QVERIFY2(p.page->messageLabel()->text().contains(
                     QStringLiteral(": 0 new records. Already there")),
                 qPrintable(p.page->messageLabel()->text()));
        QCOMPARE(progress::LearningRecord(*p.f.db).events(ben->id)->size(), events);
    }

    void cancellingAFileDialogDoesNothing()
    {
        PageFixture p;
        p.answer.clear();
        QSignalSpy changed(p.page.get(), &ProgressPage::recordChanged);
        QTest::mouseClick(p.page->importButton(), Qt::LeftButton);
        QTest::mouseClick(p.page->exportXapiButton(), Qt::LeftButton);
        QCOMPARE(p.asked.size(), 2);
        QVERIFY(p.page->messageLabel()->isHidden());
        QCOMPARE(changed.size(), 0);
    }

    void aBadImportShowsTheReasonAndChangesNothing()
    {
        PageFixture p;
        p.page->showCourse(kPack);
        p.answer = p.f.dir.filePath(QStringLiteral("broken.json"));
        QFile broken(p.answer);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[{\"not\": \"a statement\"}]");
        broken.close();
        const auto before = progress::LearningRecord(*p.f.db).events(p.ana)->size();
        QSignalSpy changed(p.page.get(), &ProgressPage::recordChanged);
        QTest::mouseClick(p.page->importButton(), Qt::LeftButton);
        QVERIFY(!p.page->messageLabel()->isHidden());
        const QString text = p.page->messageLabel()->text();
        QVERIFY2(
            text.contains(QStringLiteral("“broken.json” was not imported; nothing was changed.")),
            qPrintable(text));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(progress::LearningRecord(*p.f.db).events(p.ana)->size(), before);
    }

    void overallPageListsCoursesAndOpensOne()
    {
        PageFixture p;
        p.page->showOverall();
        QCOMPARE(p.page->packId(), QString());
        QCOMPARE(p.page->titleLabel()->text(), QStringLiteral("Progress in all courses"));
        QVERIFY(p.page->overallButton()->isHidden());
        QVERIFY(p.page->certificateButton()->isHidden());
        QCOMPARE(p.page->completionList()->rowCount(), 1);
        QCOMPARE(p.page->summaryLabel()->text(),
                 QStringLiteral("1 course installed, 0 complete. Items done: 2 of 4."));
        // Quizzes of all courses are named with their course.
        QCOMPARE(p.page->scoreHistory()->table()->topLevelItem(0)->text(1).left(13),
                 QStringLiteral("Test course: "));
        p.screenshot(QStringLiteral("progress-overall.png"));
        auto *course = qobject_cast<QPushButton *>(p.page->completionList()->titleWidget(0));
        QVERIFY(course);
        QTest::mouseClick(course, Qt::LeftButton);
        QCOMPARE(p.page->packId(), kPack);
        QTest::mouseClick(p.page->overallButton(), Qt::LeftButton);
        QCOMPARE(p.page->packId(), QString());
    }

    void screenshotOfWeeksOfStudy()
    {
        // A realistic course and a few weeks of study, for the README's picture.
        ProgressFixture f;
        auto source = ProgressFixture::course();
        const auto item = [](const char *id, const char *type, const char *title,
                             const char *file) {
            return QJsonObject{{"id", id}, {"type", type}, {"title", title}, {"file", file}};
        };
        source.manifest()["title"] = QStringLiteral("Hand hygiene in clinical practice");
        source.manifest()["modules"] = QJsonArray{
            QJsonObject{
                {"id", "m1"},
                {"title", "The five moments"},
                {"items", QJsonArray{item("l1", "lesson", "Why hands matter", "lessons/l1.md"),
                                     item("l2", "lesson", "The five moments", "lessons/l2.md"),
                                     item("q", "quiz", "Check your knowledge", "quizzes/q.json")}}},
            QJsonObject{{"id", "m2"},
                        {"title", "Gloves and gowns"},
                        {"items", QJsonArray{item("l3", "lesson", "When to wear gloves",
                                                  "lessons/l3.md")}}}};
        QVERIFY(f.install(source));
        test::FakeClock clock(QDateTime(QDate(2026, 2, 2), QTime(18, 0), Qt::UTC));
        auto ana = progress::ProfileStore(*f.db).create(QStringLiteral("Ana María"));
        progress::EventRecorder rec(*f.db, clock.clock());
        progress::AttemptStore attempts(*f.db, *f.library, clock.clock());
        const auto quiz = ProgressFixture::parseQuiz(ProgressFixture::fiveQuestionQuiz());
        const int minutes[] = {35, 0, 80, 50, 95};
        const int right[] = {2, 3, 3, 4, 5};
        for (int week = 0; week < 5; ++week) {
            for (int day = 0; day < 3; ++day) {
                clock.advance(24 * 3600);
                QVERIFY(rec.addActiveTime(ana->id, kPack, QStringLiteral("l1"), minutes[week] * 20)
                            .ok());
            }
            auto a = attempts.start(ana->id, kPack, QStringLiteral("q"), quiz, 7 + week);
            QVERIFY(a.ok());
            for (int q = 0; q < 5; ++q) {
                quiz::Response r;
                r.choices = {q < right[week] ? QStringLiteral("a") : QStringLiteral("b")};
                QVERIFY(attempts.answer(ana->id, a->id, quiz.questions[q], r).ok());
            }
            QVERIFY(attempts.finish(ana->id, a->id, quiz).ok());
            clock.advance(4 * 24 * 3600);
        }
        for (const char *lesson : {"l1", "l2", "l3"})
            QVERIFY(rec.markCompleted(ana->id, kPack, QLatin1String(lesson)).ok());
        ProgressPage page(*f.db, *f.library, clock.clock());
        page.setProfileId(ana->id);
        page.showCourse(kPack);
        QVERIFY(!page.certificateButton()->isHidden());
        QCOMPARE(page.scoreHistory()->table()->topLevelItemCount(), 5);
        page.resize(900, 1300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(OHT_SCREENSHOT_DIR));
        QVERIFY(page.grab().save(QStringLiteral(OHT_SCREENSHOT_DIR "/progress.png")));
    }

    void backButtonAsksToClose()
    {
        PageFixture p;
        QSignalSpy spy(p.page.get(), &ProgressPage::closeRequested);
        QTest::mouseClick(p.page->backButton(), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        PageFixture p;
        p.completeCourse();
        p.page->showCourse(kPack);
        for (QWidget *w : p.page->findChildren<QWidget *>()) {
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QProgressBar *>(w) &&
                !qobject_cast<QAbstractItemView *>(w) && w->objectName().endsWith("Chart") == false)
                continue;
            if (qobject_cast<QHeaderView *>(w) ||
                (qobject_cast<QAbstractItemView *>(w) && w->isHidden()))
                continue;
            QVERIFY2(
                !w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(),
                qPrintable(w->metaObject()->className() + QStringLiteral(" ") + w->objectName()));
        }
    }
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
