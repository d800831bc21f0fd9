#include "oht/packio/packbuilder.h"
#include "oht/packio/packcomparison.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using oht::packio::PackChanges;
using oht::packio::PackComparison;
using oht::packio::PackSnapshot;

namespace {

QByteArray quiz(const QJsonArray &questions)
{
    return QJsonDocument(
               QJsonObject{{"formatVersion", 1}, {"passMark", 50}, {"questions", questions}})
        .toJson();
}

QJsonObject trueFalse(const QString &id, const QString &prompt, bool answer = true)
{
    return QJsonObject{{"id", id}, {"type", "truefalse"}, {"prompt", prompt}, {"answer", answer}};
}

QStringList ids(const QList<packio::ItemChange> &changes)
{
    QStringList list;
    for (const auto &c : changes)
        list << c.id;
    return list;
}

QStringList ids(const QList<packio::QuestionChange> &changes)
{
    QStringList list;
    for (const auto &c : changes)
        list << c.quizId + QLatin1Char('/') + c.questionId;
    return list;
}

} // namespace

/// Two versions of a pack compared by stable ids, as an update summary shows them.
class TestPackComparison : public QObject
{
    Q_OBJECT

private:
    test::TempDataDir m_dir;
    int m_builds = 0;

    /// Builds `source` and reads it back, as the app reads a downloaded pack.
    PackSnapshot snapshot(const test::PackSourceWriter &source)
    {
        const QString src = m_dir.filePath(QStringLiteral("src%1").arg(m_builds));
        const QString out = m_dir.filePath(QStringLiteral("p%1.ohtpack").arg(m_builds++));
        packio::BuildReport report;
        if (!source.writeTo(src) || !packio::PackBuilder(QDate(2026, 6, 1)).build(src, out, report))
            return {};
        auto snap = PackSnapshot::fromArchive(out);
        return snap ? *snap : PackSnapshot{};
    }

    static test::PackSourceWriter base()
    {
        test::PackSourceWriter source;
        QJsonArray items = source.manifest()["modules"].toArray()[0].toObject()["items"].toArray();
        items.append(QJsonObject{{"id", "lesson-2"},
                                 {"type", "lesson"},
                                 {"title", "Second"},
                                 {"file", "lessons/lesson-2.md"}});
        QJsonObject module = source.manifest()["modules"].toArray()[0].toObject();
        module["items"] = items;
        source.manifest()["modules"] = QJsonArray{module};
        source.setFile(QStringLiteral("lessons/lesson-2.md"), "# Two\n");
        source.setFile(
            QStringLiteral("quizzes/quiz-1.json"),
            quiz({trueFalse("q1", "One?"), trueFalse("q2", "Two?"), trueFalse("q3", "Three?")}));
        return source;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameVersionHasNoChanges()
    {
        const PackSnapshot a = snapshot(base());
        QVERIFY(!a.manifest.id.isEmpty());
        QVERIFY(PackComparison::compare(a, a).isEmpty());
    }

    void reportsLessonsAndQuestionsByStableId()
    {
        const PackSnapshot before = snapshot(base());
        test::PackSourceWriter next = base();
        next.manifest()["version"] = "1.1.0";
        // lesson-1: new text (changed); lesson-2: removed; lesson-3: added.
        next.setFile(QStringLiteral("lessons/lesson-1.md"), "# First lesson, revised\n");
        QJsonObject module = next.manifest()["modules"].toArray()[0].toObject();
        QJsonArray items;
        for (const auto &item : module["items"].toArray())
            if (item.toObject()["id"] != QLatin1String("lesson-2"))
                items.append(item);
        items.append(QJsonObject{{"id", "lesson-3"},
                                 {"type", "lesson"},
                                 {"title", "Third"},
                                 {"file", "lessons/lesson-3.md"}});
        module["items"] = items;
        next.manifest()["modules"] = QJsonArray{module};
        next.removeFile(QStringLiteral("lessons/lesson-2.md"));
        next.setFile(QStringLiteral("lessons/lesson-3.md"), "# Three\n");
        // quiz-1: q1 same (keys reordered), q2 prompt changed, q3 removed, q4 added.
        const QJsonObject q1Reordered{
            {"answer", true}, {"prompt", "One?"}, {"type", "truefalse"}, {"id", "q1"}};
        next.setFile(
            QStringLiteral("quizzes/quiz-1.json"),
            quiz({q1Reordered, trueFalse("q2", "Two, really?"), trueFalse("q4", "Four?")}));
        const PackSnapshot after = snapshot(next);
        QVERIFY(!after.manifest.id.isEmpty());

        const PackChanges changes = PackComparison::compare(before, after);
        QCOMPARE(ids(changes.changedLessons), QStringList{"lesson-1"});
        QCOMPARE(ids(changes.removedLessons), QStringList{"lesson-2"});
        QCOMPARE(ids(changes.addedLessons), QStringList{"lesson-3"});
        QCOMPARE(ids(changes.changedQuizzes), QStringList{"quiz-1"});
        QCOMPARE(ids(changes.changedQuestions), QStringList{"quiz-1/q2"});
        QCOMPARE(ids(changes.removedQuestions), QStringList{"quiz-1/q3"});
        QCOMPARE(ids(changes.addedQuestions), QStringList{"quiz-1/q4"});
        QCOMPARE(changes.changedQuestions.first().prompt, QStringLiteral("Two, really?"));
        QCOMPARE(changes.removedQuestions.first().prompt, QStringLiteral("Three?"));
        QVERIFY(changes.addedQuizzes.isEmpty());
        QVERIFY(changes.removedQuizzes.isEmpty());
    }

    void titleOnlyChangeCountsAsChanged()
    {
        const PackSnapshot before = snapshot(base());
        test::PackSourceWriter next = base();
        QJsonObject module = next.manifest()["modules"].toArray()[0].toObject();
        QJsonArray items = module["items"].toArray();
        QJsonObject first = items[0].toObject();
        first["title"] = "Renamed";
        items[0] = first;
        module["items"] = items;
        next.manifest()["modules"] = QJsonArray{module};
        const PackChanges changes = PackComparison::compare(before, snapshot(next));
        QCOMPARE(ids(changes.changedLessons), QStringList{"lesson-1"});
        QCOMPARE(changes.changedLessons.first().title, QStringLiteral("Renamed"));
    }

    void quizSettingsChangeCountsAsChangedQuiz()
    {
        const PackSnapshot before = snapshot(base());
        test::PackSourceWriter next = base();
        QJsonObject q =
            QJsonDocument::fromJson(
                quiz({trueFalse("q1", "One?"), trueFalse("q2", "Two?"), trueFalse("q3", "Three?")}))
                .object();
        q["passMark"] = 80;
        next.setFile(QStringLiteral("quizzes/quiz-1.json"), QJsonDocument(q).toJson());
        const PackChanges changes = PackComparison::compare(before, snapshot(next));
        QCOMPARE(ids(changes.changedQuizzes), QStringList{"quiz-1"});
        QVERIFY(changes.changedQuestions.isEmpty());
    }

    void addedAndRemovedQuizzesBringTheirQuestions()
    {
        const PackSnapshot before = snapshot(base());
        test::PackSourceWriter next = base();
        QJsonObject module = next.manifest()["modules"].toArray()[0].toObject();
        QJsonArray items;
        for (const auto &item : module["items"].toArray())
            if (item.toObject()["id"] != QLatin1String("quiz-1"))
                items.append(item);
        items.append(QJsonObject{{"id", "quiz-2"},
                                 {"type", "quiz"},
                                 {"title", "Quiz two"},
                                 {"file", "quizzes/quiz-2.json"}});
        module["items"] = items;
        next.manifest()["modules"] = QJsonArray{module};
        next.removeFile(QStringLiteral("quizzes/quiz-1.json"));
        next.setFile(QStringLiteral("quizzes/quiz-2.json"), quiz({trueFalse("a", "A?")}));
        const PackChanges changes = PackComparison::compare(before, snapshot(next));
        QCOMPARE(ids(changes.removedQuizzes), QStringList{"quiz-1"});
        QCOMPARE(ids(changes.addedQuizzes), QStringList{"quiz-2"});
        QCOMPARE(ids(changes.addedQuestions), QStringList{"quiz-2/a"});
        QCOMPARE(ids(changes.removedQuestions),
                 (QStringList{"quiz-1/q1", "quiz-1/q2", "quiz-1/q3"}));
    }

    void refusesANonPack()
    {
        const QString path = m_dir.filePath(QStringLiteral("junk.ohtpack"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a zip");
        file.close();
        QVERIFY(!PackSnapshot::fromArchive(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestPackComparison)
#include "tst_packcomparison.moc"
