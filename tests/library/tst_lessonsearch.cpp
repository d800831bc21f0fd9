#include "libraryfixture.h"
#include "oht/library/library.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using library::SearchHit;

namespace {

const QString kPack = QStringLiteral("org.example.search");

struct Lesson
{
    QString id;
    QString title;
    QByteArray body;
    QString ext = QStringLiteral("md");
};

test::PackSourceWriter sourceWith(const QList<Lesson> &lessons, const QString &version = "1.0.0")
{
    test::PackSourceWriter source(kPack, version);
    source.manifest()["title"] = "Search course";
    QJsonArray items;
    for (const Lesson &lesson : lessons) {
        const QString file = "lessons/" + lesson.id + "." + lesson.ext;
        items.append(QJsonObject{
            {"id", lesson.id}, {"type", "lesson"}, {"title", lesson.title}, {"file", file}});
        source.setFile(file, lesson.body);
    }
    items.append(QJsonObject{
        {"id", "quiz-1"}, {"type", "quiz"}, {"title", "Quiz"}, {"file", "quizzes/quiz-1.json"}});
    source.removeFile("lessons/lesson-1.md");
    source.manifest()["modules"] =
        QJsonArray{QJsonObject{{"id", "m1"}, {"title", "Module"}, {"items", items}}};
    return source;
}

const QList<Lesson> kLessons = {
    {"diabetes-title", "Diabetes basics", "Insulin helps to control sugar in the body."},
    {"diabetes-body", "Nutrition", "Food and diabetes: diabetes care starts with diabetes diet."},
    {"insulin-many", "Hormones one", "Insulin, insulin and more insulin in this short text here."},
    {"insulin-once", "Hormones two", "Insulin appears once in this other short text here too."},
    {"adjacent", "Circulation", "Measure the blood pressure every day."},
    {"apart", "Vessels", "The blood in vessels is under pressure all the time."},
    {"markup", "Markup", "Writing `<script>alert(1)</script>` and AT&T needs escaping here."},
    {"html", "Comparison", "<p>Five &lt; six, and escaping works in HTML too.</p>", "html"},
    {"accents", "Drinks", "Le café est noir."},
    {"forged", "Forged", QString("Text with \u00a0\ue000forged\ue001 marker inside.").toUtf8()},
};

int count(const QString &text, const QString &what)
{
    return int(text.count(what));
}

} // namespace

class TestLessonSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_lib.reset(); }

    void titleMatchesRankFirst();
    void moreOccurrencesRankHigher();
    void hitsNamePackAndLesson();
    void snippetMarksMatches();
    void snippetEscapesHtml_data();
    void snippetEscapesHtml();
    void lessonTextCannotForgeMarks();
    void phraseMatchesAdjacentWordsOnly();
    void accentsAndCaseAreIgnored_data();
    void accentsAndCaseAreIgnored();
    void prefixSearch();
    void queryStaysText_data();
    void queryStaysText();
    void limit();
    void quizzesAreNotIndexed();
    void updateReplacesIndexedText();

private:
    QList<SearchHit> search(const QString &text, int limit = 20);
    std::unique_ptr<test::TempDataDir> m_work;
    std::unique_ptr<test::TempDataDir> m_data;
    std::unique_ptr<library::Library> m_lib;
};

QList<SearchHit> TestLessonSearch::search(const QString &text, int limit)
{
    const auto hits = m_lib->search(text, limit);
    if (!hits) {
        qWarning() << "search failed:" << hits.error().message;
        return {};
    }
    return *hits;
}

void TestLessonSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_work = std::make_unique<test::TempDataDir>();
    m_data = std::make_unique<test::TempDataDir>();
    auto lib = library::Library::open(m_data->path());
    QVERIFY(lib.ok());
    m_lib = std::move(lib).value();
    const QString pack = test::buildPack(sourceWith(kLessons), m_work->path(), "search");
    QVERIFY(!pack.isEmpty());
    const auto report = m_lib->importPack(pack);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
}

void TestLessonSearch::titleMatchesRankFirst()
{
    const auto hits = search("diabetes");
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).itemId, QStringLiteral("diabetes-title"));
    QCOMPARE(hits.at(1).itemId, QStringLiteral("diabetes-body"));
    QVERIFY(hits.at(0).score <= hits.at(1).score);
}

void TestLessonSearch::moreOccurrencesRankHigher()
{
    const auto hits = search("insulin");
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).itemId, QStringLiteral("insulin-many"));
}

void TestLessonSearch::hitsNamePackAndLesson()
{
    const auto hits = search("circulation");
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).packId, kPack);
    QCOMPARE(hits.at(0).packTitle, QStringLiteral("Search course"));
    QCOMPARE(hits.at(0).itemId, QStringLiteral("adjacent"));
    QCOMPARE(hits.at(0).lessonTitle, QStringLiteral("Circulation"));
    QVERIFY(hits.at(0).score < 0); // bm25: lower is better
}

void TestLessonSearch::snippetMarksMatches()
{
    const auto hits = search("diabetes care");
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains("<mark>diabetes</mark>"), qPrintable(snippet));
    QVERIFY2(snippet.contains("<mark>care</mark>"), qPrintable(snippet));
    QCOMPARE(count(snippet, "<mark>"), count(snippet, "</mark>"));
}

void TestLessonSearch::snippetEscapesHtml_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::newRow("markdown code span") << "markup";
    QTest::newRow("html entity") << "html";
}

void TestLessonSearch::snippetEscapesHtml()
{
    QFETCH(QString, itemId);
    QString snippet;
    for (const auto &hit : search("escaping"))
        if (hit.itemId == itemId)
            snippet = hit.snippet;
    QVERIFY2(!snippet.isEmpty(), qPrintable(itemId));
    QVERIFY2(snippet.contains("&lt;"), qPrintable(snippet));
    QVERIFY2(!snippet.contains("<script") && !snippet.contains("< "), qPrintable(snippet));
    // Every tag left is one of ours.
    QString stripped = snippet;
    stripped.remove("<mark>").remove("</mark>");
    QVERIFY2(!stripped.contains('<') && !stripped.contains('>'), qPrintable(snippet));
}

void TestLessonSearch::lessonTextCannotForgeMarks()
{
    const auto hits = search("marker");
    QCOMPARE(hits.size(), 1);
    QCOMPARE(count(hits.at(0).snippet, "<mark>"), 1);
    QVERIFY2(hits.at(0).snippet.contains("<mark>marker</mark>"), qPrintable(hits.at(0).snippet));
}

void TestLessonSearch::phraseMatchesAdjacentWordsOnly()
{
    QCOMPARE(search("blood pressure").size(), 2);
    const auto hits = search("\"blood pressure\"");
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).itemId, QStringLiteral("adjacent"));
    QVERIFY2(hits.at(0).snippet.contains("<mark>blood pressure</mark>"),
             qPrintable(hits.at(0).snippet));
}

void TestLessonSearch::accentsAndCaseAreIgnored_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("plain") << "cafe";
    QTest::newRow("accented") << "café";
    QTest::newRow("upper case") << "CAFÉ";
}

void TestLessonSearch::accentsAndCaseAreIgnored()
{
    QFETCH(QString, query);
    const auto hits = search(query);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).itemId, QStringLiteral("accents"));
    QVERIFY(hits.at(0).snippet.contains("<mark>café</mark>"));
}

void TestLessonSearch::prefixSearch()
{
    QCOMPARE(search("diabet*").size(), 2);
    QCOMPARE(search("diabet").size(), 0); // no prefix without the star
}

void TestLessonSearch::queryStaysText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedHits");
    QTest::newRow("lone quote") << "\"" << 0;
    QTest::newRow("lone star") << "*" << 0;
    QTest::newRow("AND") << "AND" << 4; // the word "and" in four lessons
    QTest::newRow("AND between words") << "blood AND pressure" << 0;
    QTest::newRow("OR") << "insulin OR diabetes" << 0;
    QTest::newRow("NOT") << "NOT insulin" << 0;
    QTest::newRow("NEAR(") << "NEAR(blood pressure" << 0;
    QTest::newRow("minus") << "-" << 0;
    QTest::newRow("minus word") << "-insulin" << 3;
    QTest::newRow("column filter") << "title:insulin" << 0;
    QTest::newRow("braces") << "{title body}: insulin" << 0;
    QTest::newRow("caret") << "^insulin" << 3;
    QTest::newRow("parentheses") << "(insulin)" << 3;
    QTest::newRow("unbalanced quotes") << "\"blood \"pressure\"" << 2;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("rowid syntax") << "rowid:1" << 0;
}

void TestLessonSearch::queryStaysText()
{
    QFETCH(QString, query);
    QFETCH(int, expectedHits);
    const auto hits = m_lib->search(query);
    QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
    QCOMPARE(hits->size(), expectedHits);
}

void TestLessonSearch::limit()
{
    QCOMPARE(search("insulin", 1).size(), 1);
    QCOMPARE(search("insulin", 0).size(), 0);
    QCOMPARE(search("insulin", -5).size(), 0);
}

void TestLessonSearch::quizzesAreNotIndexed()
{
    QCOMPARE(search("FHIR").size(), 0); // only in the quiz
}

void TestLessonSearch::updateReplacesIndexedText()
{
    QList<Lesson> lessons = kLessons;
    lessons[0].body = "Glucose monitoring replaces the old text.";
    const QString pack = test::buildPack(sourceWith(lessons, "1.1.0"), m_work->path(), "search2");
    QVERIFY(m_lib->importPack(pack).ok());
    QCOMPARE(search("glucose").size(), 1);
    QCOMPARE(search("insulin").size(), 2);
    // The title is still indexed.
    QCOMPARE(search("diabetes").size(), 2);
}

QTEST_GUILESS_MAIN(TestLessonSearch)
#include "tst_lessonsearch.moc"
