#include "oht/packformat/manifestparser.h"
#include "oht/packio/reviewreport.h"
#include "packsourcewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace oht;
using packio::NoteCategory;
using packio::ReviewNotes;
using packio::ReviewReport;

namespace {
packformat::Manifest manifest()
{
    test::PackSourceWriter w;
    QJsonArray modules = w.manifest()["modules"].toArray();
    QJsonObject m = modules[0].toObject();
    QJsonArray items = m["items"].toArray();
    for (const char *id : {"lesson-2", "lesson-3"})
        items.append(QJsonObject{{"id", id},
                                 {"type", "lesson"},
                                 {"title", "More | less"},
                                 {"file", QString("lessons/%1.md").arg(id)}});
    m["items"] = items;
    w.manifest()["modules"] = QJsonArray{m};
    packformat::Findings findings;
    return *packformat::parseManifest(QJsonDocument(w.manifest()).toJson(), "pack.json", findings,
                                      packformat::ManifestKind::Source);
}
} // namespace

/// The Markdown review report: % of items reviewed, findings, notes by item, sign-off.
class TestReviewReport : public QObject
{
    Q_OBJECT
private slots:
    void percentReviewed_data()
    {
        QTest::addColumn<QStringList>("reviewed");
        QTest::addColumn<int>("percent");
        QTest::newRow("none") << QStringList() << 0;
        QTest::newRow("one of four") << QStringList{"quiz-1"} << 25;
        QTest::newRow("three of four") << QStringList{"lesson-1", "quiz-1", "lesson-3"} << 75;
        QTest::newRow("all") << QStringList{"lesson-1", "quiz-1", "lesson-2", "lesson-3"} << 100;
        QTest::newRow("items not in the outline do not count")
            << QStringList{"lesson-1", "gone", "also-gone"} << 25;
    }
    void percentReviewed()
    {
        QFETCH(QStringList, reviewed);
        QFETCH(int, percent);
        const auto m = manifest();
        ReviewNotes notes;
        for (const QString &id : reviewed)
            notes.setReviewed(id, true);
        const packformat::Findings none;
        const ReviewReport report(m, none, notes, QDate(2026, 11, 25));
        QCOMPARE(report.totalItems(), 4);
        QCOMPARE(report.percentReviewed(), percent);
        QVERIFY2(report.markdown().contains(QString("**%1% of items reviewed**").arg(percent)),
                 qPrintable(report.markdown()));
    }

    void contents()
    {
        const auto m = manifest();
        ReviewNotes notes;
        notes.setReviewed("lesson-1", true, "Dr A", QDate(2026, 11, 20));
        notes.addNote({{},
                       "quiz-1",
                       "q1",
                       NoteCategory::ClinicalAccuracy,
                       "Key is wrong",
                       "Dr A",
                       QDate(2026, 11, 20),
                       false});
        notes.addNote({{}, "removed-item", {}, NoteCategory::Typo, "Teh", "Bo", {}, true});
        const packformat::Findings findings{{"image-no-alt", packformat::Severity::Warning,
                                             "lessons/lesson-1.md", 3, 1, "No alt | text",
                                             "lesson-1"},
                                            {"readability", packformat::Severity::Info,
                                             "lessons/lesson-2.md", 0, 0, "Hard", "lesson-2"}};
        const QString md = ReviewReport(m, findings, notes, QDate(2026, 11, 25)).markdown();
        const QStringList lines = md.split('\n');
        for (const char *expected :
             {"# Review report: Test pack 1.0.0", "- Report date: 2026-11-25",
              "- **25% of items reviewed** (1 of 4)", "- Notes: 1 open, 1 resolved",
              "- Validator: 0 errors, 1 warnings, 1 infos",
              "| warning | lessons/lesson-1.md:3 | No alt \\| text | `image-no-alt` |",
              "| info | lessons/lesson-2.md | Hard | `readability` |",
              "- [x] Lesson \"First lesson\" (`lesson-1`): reviewed by Dr A on 2026-11-20",
              "- [ ] Quiz \"First quiz\" (`quiz-1`): not reviewed yet",
              "  - [ ] **Clinical accuracy** (question `q1`): Key is wrong — Dr A, 2026-11-20",
              "- [ ] Lesson \"More \\| less\" (`lesson-2`): not reviewed yet",
              "### Notes on items no longer in the pack", "- `removed-item`",
              "  - [x] **Typo**: Teh — Bo", "## Sign-off"})
            QVERIFY2(lines.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + "\nnot in:\n" + md));
        QVERIFY(md.contains("Name: ____"));
    }
};

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
