#include "oht/packio/packbuilder.h"
#include "oht/packio/packdiff.h"
#include "oht/packio/worddiff.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace oht;
using packio::ChangeKind;
using packio::PackDiff;
using packio::PackDiffResult;
using packio::PackSnapshot;

using Mutation = std::function<void(test::PackSourceWriter &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonObject single(const QString &id, const QString &prompt, const QString &correct = "a")
{
    QJsonArray options;
    for (const QString o : {"a", "b", "c"})
        options.append(QJsonObject{{"id", o}, {"text", "Option " + o}, {"correct", o == correct}});
    return QJsonObject{{"id", id},
                       {"type", "single"},
                       {"prompt", prompt},
                       {"options", options},
                       {"explanation", "Because."}};
}

QByteArray quiz(const QJsonArray &questions, int passMark = 50)
{
    return QJsonDocument(QJsonObject{{"passMark", passMark}, {"questions", questions}}).toJson();
}

QJsonArray modules(test::PackSourceWriter &w)
{
    return w.manifest()["modules"].toArray();
}

/// The base version: module-1 (lesson-1, quiz-1, lesson-2), module-2 (lesson-3), a picture.
test::PackSourceWriter base()
{
    test::PackSourceWriter w;
    QJsonObject m1 = modules(w)[0].toObject();
    QJsonArray items = m1["items"].toArray();
    items.append(QJsonObject{
        {"id", "lesson-2"}, {"type", "lesson"}, {"title", "Second"}, {"file", "lessons/two.md"}});
    m1["items"] = items;
    const QJsonObject m2{{"id", "module-2"},
                         {"title", "Module two"},
                         {"items", QJsonArray{QJsonObject{{"id", "lesson-3"},
                                                          {"type", "lesson"},
                                                          {"title", "Third"},
                                                          {"file", "lessons/three.md"}}}}};
    w.manifest()["modules"] = QJsonArray{m1, m2};
    w.setFile("lessons/lesson-1.md",
              "# One\n\nLine a.\nLine b.\nLine c.\n\n![Map](../media/map.svg)\n");
    w.setFile("lessons/two.md", "# Two\n");
    w.setFile("lessons/three.md", "# Three\n");
    w.setFile("quizzes/quiz-1.json", quiz({single("q1", "First?"), single("q2", "Second?")}));
    w.setFile("media/map.svg", "<svg/>");
    return w;
}

void setItems(test::PackSourceWriter &w, int module, const QJsonArray &items)
{
    QJsonArray list = modules(w);
    QJsonObject m = list[module].toObject();
    m["items"] = items;
    list[module] = m;
    w.manifest()["modules"] = list;
}

QJsonArray items(test::PackSourceWriter &w, int module)
{
    return modules(w)[module].toObject()["items"].toArray();
}

QString mark(ChangeKind k)
{
    return k == ChangeKind::Added ? "+" : k == ChangeKind::Removed ? "-" : "~";
}

/// One line per change, in the result's order, for exact comparison.
QStringList describe(const PackDiffResult &d)
{
    QStringList out;
    for (const auto &c : d.manifest)
        out << "manifest " + c.field + " " + c.before + " > " + c.after;
    for (const auto &m : d.modules)
        out << "module " + mark(m.kind) + m.id;
    for (const auto &i : d.items) {
        QString s = "item " + mark(i.kind) + i.id;
        if (i.moved)
            s += " moved " + i.oldModule + ">" + i.newModule;
        if (i.renamed)
            s += " renamed";
        if (i.textChanged)
            s += QStringLiteral(" text +%1 -%2")
                     .arg(packio::TextDiff::count(i.lines, packio::DiffLine::Kind::Added))
                     .arg(packio::TextDiff::count(i.lines, packio::DiffLine::Kind::Removed));
        for (const auto &f : i.settings)
            s += " setting " + f.field;
        out << s;
        for (const QString &line : packio::WordDiff::hunks(i.lines))
            out << "  " + line;
    }
    for (const auto &q : d.questions) {
        QString s = "question " + mark(q.kind) + q.quizId + "/" + q.questionId;
        if (!q.changedFields.isEmpty())
            s += " fields " + q.changedFields.join(",");
        if (q.answerKeyChanged)
            s += " KEY " + q.oldAnswerKey + " > " + q.newAnswerKey;
        out << s;
        for (const auto &t : q.textChanges)
            out << "  text " + t.field + ": " + packio::WordDiff::markup(t.before, t.after);
    }
    for (const auto &m : d.media)
        out << "media " + mark(m.kind) + m.path;
    return out;
}

} // namespace

/// `ohtpack diff`'s comparison: crafted versions list exactly the expected changes.
class TestPackDiff : public QObject
{
    Q_OBJECT
    test::TempDataDir m_dir;
    int m_count = 0;

    PackSnapshot folder(const test::PackSourceWriter &w)
    {
        const QString dir = m_dir.filePath(QStringLiteral("v%1").arg(m_count++));
        if (!w.writeTo(dir))
            return {};
        auto s = PackSnapshot::fromPath(dir);
        return s ? *s : PackSnapshot{};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changes_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("identical") << Mutation([](test::PackSourceWriter &) {}) << QStringList();
        QTest::newRow("manifest fields")
            << Mutation([](test::PackSourceWriter &w) {
                   w.manifest()["version"] = "1.1.0";
                   w.manifest()["reviewBy"] = "2100-01-01";
                   w.manifest()["license"] = "CC-BY-SA-4.0";
               })
            << QStringList{"manifest version 1.0.0 > 1.1.0",
                           "manifest license CC-BY-4.0 > CC-BY-SA-4.0",
                           "manifest reviewBy 2099-01-01 > 2100-01-01"};
        QTest::newRow("lesson text") << Mutation([](test::PackSourceWriter &w) {
            w.setFile("lessons/lesson-1.md",
                      "# One\n\nLine a.\nLine B!\nLine c.\nLine d.\n\n![Map](../media/map.svg)\n");
        })
                                     << QStringList{"item ~lesson-1 text +2 -1", "  @@ -4 +4 @@",
                                                    "  Line [-b.-]{+B!+}", "  @@ +6 @@",
                                                    "  {+Line d.+}"};
        QTest::newRow("renamed item and module") << Mutation([](test::PackSourceWriter &w) {
            QJsonArray list = items(w, 0);
            QJsonObject i = list[2].toObject();
            i["title"] = "Second, renamed";
            list[2] = i;
            setItems(w, 0, list);
            QJsonArray mods = modules(w);
            QJsonObject m = mods[1].toObject();
            m["title"] = "Renamed module";
            mods[1] = m;
            w.manifest()["modules"] = mods;
        }) << QStringList{"module ~module-2", "item ~lesson-2 renamed"};
        QTest::newRow("inserted item shifts others without moving them")
            << Mutation([](test::PackSourceWriter &w) {
                   QJsonArray list = items(w, 0);
                   list.insert(0, QJsonObject{{"id", "new"},
                                              {"type", "lesson"},
                                              {"title", "New"},
                                              {"file", "lessons/new.md"}});
                   setItems(w, 0, list);
                   w.setFile("lessons/new.md", "# New\n");
               })
            << QStringList{"item +new"};
        QTest::newRow("moved to another module and reordered")
            << Mutation([](test::PackSourceWriter &w) {
                   QJsonArray one = items(w, 0);
                   const QJsonValue second = one.takeAt(2);
                   one.insert(0, one.takeAt(1)); // quiz-1 first
                   setItems(w, 0, one);
                   QJsonArray two = items(w, 1);
                   two.append(second);
                   setItems(w, 1, two);
               })
            << QStringList{"item ~quiz-1 moved module-1>module-1",
                           "item ~lesson-2 moved module-1>module-2"};
        QTest::newRow("removed lesson, module and unused media")
            << Mutation([](test::PackSourceWriter &w) {
                   QJsonArray mods = modules(w);
                   mods.removeAt(1);
                   w.manifest()["modules"] = mods;
                   w.removeFile("lessons/three.md");
                   w.setFile("lessons/lesson-1.md", "# One\n\nLine a.\nLine b.\nLine c.\n");
                   w.removeFile("media/map.svg");
                   w.setFile("media/new.png", "png");
               })
            << QStringList{"module -module-2",
                           "item ~lesson-1 text +0 -2",
                           "  @@ -6 @@",
                           "  [-",
                           "  ![Map](../media/map.svg)-]",
                           "item -lesson-3",
                           "media -media/map.svg",
                           "media +media/new.png"};
        QTest::newRow("media changed") << Mutation([](test::PackSourceWriter &w) {
            w.setFile("media/map.svg", "<svg></svg>");
        }) << QStringList{"media ~media/map.svg"};
        QTest::newRow("answer key changed")
            << Mutation([](test::PackSourceWriter &w) {
                   w.setFile("quizzes/quiz-1.json",
                             quiz({single("q1", "First?", "b"), single("q2", "Second?")}));
               })
            << QStringList{"item ~quiz-1",
                           "question ~quiz-1/q1 fields options KEY a (Option a) > b (Option b)"};
        QTest::newRow("option reworded, key kept")
            << Mutation([](test::PackSourceWriter &w) {
                   QJsonObject q1 = single("q1", "First?");
                   QJsonArray options = q1["options"].toArray();
                   QJsonObject b = options[1].toObject();
                   b["text"] = "Option B, revised";
                   options[1] = b;
                   q1["options"] = options;
                   w.setFile("quizzes/quiz-1.json", quiz({q1, single("q2", "Second?")}));
               })
            << QStringList{"item ~quiz-1", "question ~quiz-1/q1 fields options",
                           "  text options.b.text: Option [-b-]{+B, revised+}"};
        QTest::newRow("prompt changed, key kept")
            << Mutation([](test::PackSourceWriter &w) {
                   w.setFile("quizzes/quiz-1.json",
                             quiz({single("q1", "First, reworded?"), single("q2", "Second?")}));
               })
            << QStringList{"item ~quiz-1", "question ~quiz-1/q1 fields prompt",
                           "  text prompt: First{+, reworded+}?"};
        QTest::newRow("questions added and removed, pass mark")
            << Mutation([](test::PackSourceWriter &w) {
                   w.setFile("quizzes/quiz-1.json",
                             quiz({single("q3", "Third?"), single("q1", "First?")}, 80));
               })
            << QStringList{"item ~quiz-1 setting passMark", "question +quiz-1/q3",
                           "question -quiz-1/q2"};
        QTest::newRow("true/false, numeric and text keys")
            << Mutation([](test::PackSourceWriter &w) {
                   w.setFile("quizzes/quiz-1.json", quiz({QJsonObject{{"id", "q1"},
                                                                      {"type", "numeric"},
                                                                      {"prompt", "Dose?"},
                                                                      {"answer", 5},
                                                                      {"tolerance", 0.5},
                                                                      {"unit", "mg"}},
                                                          single("q2", "Second?")}));
               })
            << QStringList{"item ~quiz-1",
                           "question ~quiz-1/q1 fields "
                           "answer,explanation,options,prompt,tolerance,type,unit "
                           "KEY a (Option a) > 5 ± 0.5 mg",
                           "  text explanation: [-Because.-]",
                           "  text options.a.text: [-Option a-]",
                           "  text options.b.text: [-Option b-]",
                           "  text options.c.text: [-Option c-]",
                           "  text prompt: [-First-]{+Dose+}?",
                           "  text type: [-single-]{+numeric+}",
                           "  text unit: {+mg+}"};
    }

    void changes()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        const PackSnapshot before = folder(base());
        test::PackSourceWriter next = base();
        mutate(next);
        const PackSnapshot after = folder(next);
        QVERIFY(!before.manifest.id.isEmpty() && !after.manifest.id.isEmpty());
        const PackDiffResult diff = PackDiff::compare(before, after);
        QCOMPARE(describe(diff), expected);
        QCOMPARE(diff.isEmpty(), expected.isEmpty());
    }

    void builtPackComparesLikeItsFolder()
    {
        test::PackSourceWriter next = base();
        next.setFile("quizzes/quiz-1.json",
                     quiz({single("q1", "First?", "c"), single("q2", "Second?")}));
        next.setFile("lessons/two.md", "# Two\n\nMore.\n");
        const QString src = m_dir.filePath("built-src");
        const QString out = m_dir.filePath("built.ohtpack");
        QVERIFY(next.writeTo(src));
        packio::BuildReport report;
        QVERIFY(packio::PackBuilder(QDate(2026, 6, 1)).build(src, out, report));
        const auto built = PackSnapshot::fromPath(out);
        QVERIFY(built);
        const PackSnapshot before = folder(base());
        QCOMPARE(describe(PackDiff::compare(before, *built)),
                 describe(PackDiff::compare(before, folder(next))));
        QCOMPARE(PackDiff::compare(before, *built).answerKeyChanges(), 1);
    }

    void answerKeys_data()
    {
        QTest::addColumn<QByteArray>("question");
        QTest::addColumn<QString>("key");
        QTest::newRow("single")
            << QByteArray(
                   R"({"type":"single","options":[{"id":"a","text":"A"},{"id":"b","text":"B","correct":true}]})")
            << "b (B)";
        QTest::newRow("multiple")
            << QByteArray(
                   R"({"type":"multiple","options":[{"id":"a","text":"A","correct":true},{"id":"b","text":"B","correct":true}]})")
            << "a (A), b (B)";
        QTest::newRow("truefalse")
            << QByteArray(R"({"type":"truefalse","answer":false})") << "false";
        QTest::newRow("numeric") << QByteArray(R"({"type":"numeric","answer":37.5})") << "37.5";
        QTest::newRow("text") << QByteArray(R"({"type":"text","accept":["FHIR","HL7 FHIR"]})")
                              << "FHIR | HL7 FHIR";
        QTest::newRow("ordering")
            << QByteArray(
                   R"({"type":"ordering","items":[{"id":"x","text":"X"},{"id":"y","text":"Y"}]})")
            << "X → Y";
        QTest::newRow("matching")
            << QByteArray(R"({"type":"matching","pairs":[{"id":"p","left":"L","right":"R"}]})")
            << "L = R";
    }

    void answerKeys()
    {
        QFETCH(QByteArray, question);
        QFETCH(QString, key);
        QCOMPARE(PackDiff::answerKey(QJsonDocument::fromJson(question).object()), key);
    }
};

QTEST_GUILESS_MAIN(TestPackDiff)
#include "tst_packdiff.moc"
