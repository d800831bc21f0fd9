#include "oht/packio/reviewnotes.h"
#include "tempdatadir.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using packio::NoteCategory;
using packio::ReviewNote;
using packio::ReviewNotes;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

/// review-notes.json: notes round-trip through the file, the layout stays diff-friendly,
/// saving is atomic, and bad files are refused with a message naming the problem.
class TestReviewNotes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripsThroughTheFile()
    {
        test::TempDataDir dir;
        ReviewNotes notes;
        const QString a = notes.addNote({{},
                                         "lesson-1",
                                         {},
                                         NoteCategory::ClinicalAccuracy,
                                         "The dose \"5 mg\" should be 2.5 mg.\nSee BNF.",
                                         "Dr Émile",
                                         QDate(2026, 11, 20),
                                         false});
        const QString b = notes.addNote({{},
                                         "quiz-1",
                                         "q2",
                                         NoteCategory::Translation,
                                         "Término incorrecto",
                                         "Ana",
                                         QDate(2026, 11, 21),
                                         true});
        QCOMPARE(a, "n1");
        QCOMPARE(b, "n2");
        notes.setReviewed("quiz-1", true, "Ana", QDate(2026, 11, 21));
        notes.setReviewed("lesson-1", true);
        const QString path = ReviewNotes::pathFor(dir.path());
        QVERIFY(path.endsWith("/review-notes.json"));
        QVERIFY(notes.save(path));

        const auto loaded = ReviewNotes::load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->notes().size(), 2);
        const ReviewNote &n = loaded->notes()[0];
        QCOMPARE(n.id, "n1");
        QCOMPARE(n.itemId, "lesson-1");
        QVERIFY(n.questionId.isEmpty());
        QCOMPARE(n.category, NoteCategory::ClinicalAccuracy);
        QCOMPARE(n.text, "The dose \"5 mg\" should be 2.5 mg.\nSee BNF.");
        QCOMPARE(n.author, "Dr Émile");
        QCOMPARE(n.date, QDate(2026, 11, 20));
        QCOMPARE(n.resolved, false);
        QCOMPARE(loaded->notes()[1].questionId, "q2");
        QCOMPARE(loaded->notes()[1].resolved, true);
        QCOMPARE(loaded->review("quiz-1").by, "Ana");
        QVERIFY(loaded->review("lesson-1").reviewed);
        QVERIFY(!loaded->review("lesson-2").reviewed);
        // Saving what was loaded changes nothing: no churn in git.
        QCOMPARE(loaded->toJson(), readFile(path));
        // New notes continue the numbering.
        ReviewNotes more = *loaded;
        QCOMPARE(more.addNote({{}, "lesson-1", {}, NoteCategory::Typo, "x", "y", {}, false}), "n3");
    }

    void layoutIsStableAndIndentedByTwo()
    {
        ReviewNotes notes;
        notes.setReviewed("b-item", true, "Bo", QDate(2026, 1, 2));
        notes.setReviewed("a-item", true);
        notes.addNote({{},
                       "a-item",
                       "q1",
                       NoteCategory::Bias,
                       "Only men shown",
                       "Cy",
                       QDate(2026, 1, 3),
                       false});
        const QByteArray expected = R"({
  "formatVersion": 1,
  "items": {
    "a-item": { "reviewed": true },
    "b-item": { "reviewed": true, "reviewedBy": "Bo", "reviewedOn": "2026-01-02" }
  },
  "notes": [
    {
      "id": "n1",
      "item": "a-item",
      "question": "q1",
      "category": "bias",
      "text": "Only men shown",
      "author": "Cy",
      "date": "2026-01-03",
      "resolved": false
    }
  ]
}
)";
        QCOMPARE(notes.toJson(), expected);
        QCOMPARE(ReviewNotes().toJson(),
                 QByteArray("{\n  \"formatVersion\": 1,\n  \"items\": {},\n  \"notes\": []\n}\n"));
    }

    void editsAndRemovals()
    {
        ReviewNotes notes;
        const QString id =
            notes.addNote({{}, "l", {}, NoteCategory::Accessibility, "No alt", "A", {}, false});
        ReviewNote n = notes.notes().first();
        n.resolved = true;
        QVERIFY(notes.updateNote(n));
        QVERIFY(notes.notesFor("l").first().resolved);
        QVERIFY(notes.notesFor("other").isEmpty());
        QVERIFY(notes.removeNote(id));
        QVERIFY(!notes.removeNote(id));
        QVERIFY(!notes.updateNote(n));
        notes.setReviewed("l", true);
        notes.setReviewed("l", false);
        QVERIFY(notes.reviews().isEmpty());
    }

    void missingFileIsEmpty()
    {
        test::TempDataDir dir;
        const auto notes = ReviewNotes::load(dir.filePath("review-notes.json"));
        QVERIFY(notes);
        QVERIFY(notes->notes().isEmpty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"notes\": [") << "review-notes.json";
        QTest::newRow("array at top") << QByteArray("[]") << "object";
        QTest::newRow("newer format") << QByteArray(R"({"formatVersion": 2})") << "newer";
        QTest::newRow("unknown category")
            << QByteArray(R"({"notes": [{"id": "n1", "item": "x", "category": "grammar"}]})")
            << "grammar";
        QTest::newRow("note without item")
            << QByteArray(R"({"notes": [{"id": "n1", "category": "typo"}]})") << "item";
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        test::TempDataDir dir;
        const QString path = dir.filePath("review-notes.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const auto notes = ReviewNotes::load(path);
        QVERIFY(!notes);
        QCOMPARE(notes.error().code, "review-notes.invalid");
        QVERIFY2(notes.error().message.contains(mentions), qPrintable(notes.error().message));
    }

    void handWrittenNotesGetIds()
    {
        const auto notes = ReviewNotes::fromJson(
            R"({"notes": [{"item": "a", "category": "typo"}, {"id": "n7", "item": "b", "category": "typo"}]})",
            "x");
        QVERIFY(notes);
        QCOMPARE(notes->notes()[0].id, "n8");
        QCOMPARE(notes->notes()[1].id, "n7");
    }

    void saveIntoMissingFolderFailsCleanly()
    {
        test::TempDataDir dir;
        const auto saved = ReviewNotes().save(dir.filePath("no/such/folder/review-notes.json"));
        QVERIFY(!saved);
        QVERIFY(!saved.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewNotes)
#include "tst_reviewnotes.moc"
