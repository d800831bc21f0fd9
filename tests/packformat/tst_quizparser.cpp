#include "markedtext.h"
#include "oht/packformat/quizparser.h"

#include <QStandardPaths>
#include <QTest>

using namespace oht::packformat;
using oht::test::MarkedText;

namespace {

// One question of every type, valid, laid out so table rows can edit it as text.
const char *const kBase = R"({
  "formatVersion": 1,
  "passMark": 70,
  "mode": "immediate",
  "shuffleQuestions": false,
  "shuffleOptions": true,
  "questions": [
    {
      "id": "single-q",
      "type": "single",
      "prompt": "Pick one.",
      "explanation": "Because.",
      "points": 2,
      "feedbackCorrect": "Well done.",
      "feedbackIncorrect": "Not quite.",
      "options": [
        { "id": "a", "text": "Alpha", "correct": true, "feedback": "Yes." },
        { "id": "b", "text": "Beta", "correct": false }
      ]
    },
    {
      "id": "multi-q",
      "type": "multiple",
      "prompt": "Pick some.",
      "options": [
        { "id": "a", "text": "One", "correct": true },
        { "id": "b", "text": "Two", "correct": true },
        { "id": "c", "text": "Three" }
      ]
    },
    { "id": "tf-q", "type": "truefalse", "prompt": "True?", "answer": true, "feedbackTrue": "Right.", "feedbackFalse": "No." },
    { "id": "num-q", "type": "numeric", "prompt": "Température?", "answer": 37.5, "tolerance": 0.5, "unit": "°C" },
    { "id": "text-q", "type": "text", "prompt": "Name it.", "accept": ["FHIR", "HL7 FHIR"] },
    {
      "id": "order-q",
      "type": "ordering",
      "prompt": "Put in order.",
      "items": [{ "id": "i1", "text": "First" }, { "id": "i2", "text": "Second" }]
    },
    {
      "id": "match-q",
      "type": "matching",
      "prompt": "Match.",
      "pairs": [{ "id": "p1", "left": "L1", "right": "R1" }, { "id": "p2", "left": "L2", "right": "R2" }]
    }
  ]
})";

} // namespace

class TestQuizParser : public QObject
{
    Q_OBJECT
private:
    static void row(const char *name, const char *from, const char *to, const char *code = "",
                    bool isError = true, const char *itemId = "")
    {
        QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(to)
                            << QString::fromLatin1(code) << isError << QString::fromLatin1(itemId);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("itemId");
        row("valid base", "", "");
        // quiz level
        row("minimal quiz", "{\n  \"formatVersion\": 1,…\"questions\"", "{ \"questions\"");
        row("format version newer", "\"formatVersion\": 1", "\"formatVersion\": ¦2",
            "unsupported-format");
        row("format version zero", "\"formatVersion\": 1", "\"formatVersion\": ¦0",
            "invalid-value");
        row("pass mark 0", "\"passMark\": 70", "\"passMark\": 0");
        row("pass mark 100", "\"passMark\": 70", "\"passMark\": 100");
        row("pass mark 100.5", "\"passMark\": 70", "\"passMark\": ¦100.5", "invalid-value");
        row("pass mark negative", "\"passMark\": 70", "\"passMark\": ¦-1", "invalid-value");
        row("pass mark as text", "\"passMark\": 70", "\"passMark\": ¦\"70%\"", "wrong-type");
        row("mode exam", "\"immediate\"", "\"exam\"");
        row("mode unknown", "\"immediate\"", "¦\"practice\"", "invalid-value");
        row("shuffle as text", "\"shuffleOptions\": true", "\"shuffleOptions\": ¦\"yes\"",
            "wrong-type");
        row("questions empty", "\"questions\": […\n  ]", "\"questions\": ¦[]", "invalid-value");
        row("questions missing", ",\n  \"questions\": […\n  ]", "", "missing-field");
        row("question not an object", "\"questions\": [", "\"questions\": [\n    ¦\"Why?\",",
            "wrong-type");
        row("unknown quiz field", "\"mode\"", "¦\"timeLimit\": 60,\n  \"mode\"", "unknown-field",
            false);
        // common question fields
        row("question without id", "{\n      \"id\": \"multi-q\",", "¦{", "missing-field");
        row("question id invalid", "\"id\": \"tf-q\"", "\"id\": ¦\"tf q\"", "invalid-value", true,
            "tf q");
        row("question id repeated", "\"id\": \"num-q\"", "\"id\": ¦\"tf-q\"", "duplicate-id", true,
            "tf-q");
        row("question type unknown", "\"type\": \"truefalse\"", "\"type\": ¦\"yesno\"",
            "invalid-value", true, "tf-q");
        row("question type missing", "{ \"id\": \"tf-q\", \"type\": \"truefalse\",",
            "¦{ \"id\": \"tf-q\",", "missing-field", true, "tf-q");
        row("prompt missing", "{ \"id\": \"tf-q\", \"type\": \"truefalse\", \"prompt\": \"True?\",",
            "¦{ \"id\": \"tf-q\", \"type\": \"truefalse\",", "missing-field", true, "tf-q");
        row("prompt blank", "\"True?\"", "¦\"  \"", "invalid-value", true, "tf-q");
        row("points fraction", "\"points\": 2", "\"points\": 0.5");
        row("points zero", "\"points\": 2", "\"points\": ¦0", "invalid-value", true, "single-q");
        row("points negative", "\"points\": 2", "\"points\": ¦-1", "invalid-value", true,
            "single-q");
        row("explanation not text", "\"Because.\"", "¦[\"Because.\"]", "wrong-type", true,
            "single-q");
        row("field of another type", "\"answer\": true,", "\"answer\": true, ¦\"options\": [],",
            "unknown-field", false, "tf-q");
        // single
        row("single no correct",
            "\"options\": [\n        { \"id\": \"a\", \"text\": \"Alpha\", \"correct\": true",
            "\"options\": ¦[\n        { \"id\": \"a\", \"text\": \"Alpha\", \"correct\": false",
            "single-correct", true, "single-q");
        row("single two correct",
            "\"options\": [\n        { \"id\": \"a\", \"text\": \"Alpha\"…\"text\": \"Beta\", "
            "\"correct\": false",
            "\"options\": ¦[\n        { \"id\": \"a\", \"text\": \"Alpha\", \"correct\": true },\n "
            "       { \"id\": \"b\", \"text\": \"Beta\", \"correct\": true",
            "single-correct", true, "single-q");
        row("single one option",
            "\"options\": [\n        { \"id\": \"a\", \"text\": \"Alpha\"…\"correct\": false }",
            "\"options\": ¦[\n        { \"id\": \"a\", \"text\": \"Alpha\", \"correct\": true }",
            "too-few-options", true, "single-q");
        row("options missing",
            "{\n      \"id\": \"multi-q\",\n      \"type\": \"multiple\",\n      \"prompt\": "
            "\"Pick some.\",\n      \"options\": […\n      ]",
            "¦{\n      \"id\": \"multi-q\",\n      \"type\": \"multiple\",\n      \"prompt\": "
            "\"Pick some.\"",
            "missing-field", true, "multi-q");
        row("option text repeated", "\"text\": \"Beta\"", "\"text\": ¦\"Alpha\"",
            "duplicate-option", true, "single-q");
        row("option text repeated with spaces", "\"text\": \"Beta\"", "\"text\": ¦\" Alpha \"",
            "duplicate-option", true, "single-q");
        row("option text differs by case", "\"text\": \"Beta\"", "\"text\": \"alpha\"");
        row("option id repeated", "{ \"id\": \"b\", \"text\": \"Beta\"",
            "{ \"id\": ¦\"a\", \"text\": \"Beta\"", "duplicate-id", true, "single-q");
        row("option id invalid", "{ \"id\": \"b\", \"text\": \"Beta\"",
            "{ \"id\": ¦\"b!\", \"text\": \"Beta\"", "invalid-value", true, "single-q");
        row("option correct as text", "\"text\": \"Beta\", \"correct\": false",
            "\"text\": \"Beta\", \"correct\": ¦\"no\"", "wrong-type", true, "single-q");
        row("option text missing", "{ \"id\": \"b\", \"text\": \"Beta\", \"correct\": false }",
            "¦{ \"id\": \"b\" }", "missing-field", true, "single-q");
        row("option unknown field", "\"feedback\": \"Yes.\"",
            "\"feedback\": \"Yes.\", ¦\"image\": \"a.png\"", "unknown-field", false, "single-q");
        row("option not an object", "{ \"id\": \"b\", \"text\": \"Beta\", \"correct\": false }",
            "¦\"Beta\"", "wrong-type", true, "single-q");
        // multiple
        row("multiple all correct", "{ \"id\": \"c\", \"text\": \"Three\" }",
            "{ \"id\": \"c\", \"text\": \"Three\", \"correct\": true }");
        row("multiple none correct",
            "\"multiple\",\n      \"prompt\": \"Pick some.\",\n      \"options\": […\n      ]",
            "\"multiple\",\n      \"prompt\": \"Pick some.\",\n      \"options\": ¦[{ \"id\": "
            "\"a\", \"text\": \"One\" }, { \"id\": \"b\", \"text\": \"Two\" }]",
            "multiple-correct", true, "multi-q");
        // truefalse
        row("truefalse false", "\"answer\": true", "\"answer\": false");
        row("truefalse answer missing",
            "{ \"id\": \"tf-q\", \"type\": \"truefalse\", \"prompt\": \"True?\", \"answer\": true,",
            "¦{ \"id\": \"tf-q\", \"type\": \"truefalse\", \"prompt\": \"True?\",", "missing-field",
            true, "tf-q");
        row("truefalse answer as text", "\"answer\": true", "\"answer\": ¦\"true\"", "wrong-type",
            true, "tf-q");
        // numeric
        row("numeric tolerance zero", "\"tolerance\": 0.5", "\"tolerance\": 0");
        row("numeric negative tolerance", "\"tolerance\": 0.5", "\"tolerance\": ¦-0.5",
            "negative-tolerance", true, "num-q");
        row("numeric answer as text", "\"answer\": 37.5", "\"answer\": ¦\"37.5\"", "wrong-type",
            true, "num-q");
        row("numeric unit as number", "\"unit\": \"°C\"", "\"unit\": ¦1", "wrong-type", true,
            "num-q");
        // text
        row("text no accepted answer", "\"accept\": [\"FHIR\", \"HL7 FHIR\"]", "\"accept\": ¦[]",
            "no-accepted-answer", true, "text-q");
        row("text accept missing",
            "{ \"id\": \"text-q\", \"type\": \"text\", \"prompt\": \"Name it.\", \"accept\": "
            "[\"FHIR\", \"HL7 FHIR\"] }",
            "¦{ \"id\": \"text-q\", \"type\": \"text\", \"prompt\": \"Name it.\" }",
            "missing-field", true, "text-q");
        row("text accepted answer blank", "[\"FHIR\", \"HL7 FHIR\"]", "[\"FHIR\", ¦\" \"]",
            "invalid-value", true, "text-q");
        row("text accepted answer number", "[\"FHIR\", \"HL7 FHIR\"]", "[\"FHIR\", ¦7]",
            "wrong-type", true, "text-q");
        // ordering
        row("ordering one item",
            "[{ \"id\": \"i1\", \"text\": \"First\" }, { \"id\": \"i2\", \"text\": \"Second\" }]",
            "¦[{ \"id\": \"i1\", \"text\": \"First\" }]", "too-few-options", true, "order-q");
        row("ordering same text", "\"text\": \"Second\"", "\"text\": ¦\"First\"",
            "duplicate-option", true, "order-q");
        row("ordering same id", "{ \"id\": \"i2\"", "{ \"id\": ¦\"i1\"", "duplicate-id", true,
            "order-q");
        row("ordering correct field", "\"text\": \"Second\"",
            "\"text\": \"Second\", ¦\"correct\": true", "unknown-field", false, "order-q");
        // matching
        row("matching one pair",
            "\"pairs\": [{ \"id\": \"p1\", \"left\": \"L1\", \"right\": \"R1\" }, ",
            "\"pairs\": ¦[", "too-few-options", true, "match-q");
        row("matching same left", "\"left\": \"L2\"", "\"left\": ¦\"L1\"", "duplicate-option", true,
            "match-q");
        row("matching same right", "\"right\": \"R2\"", "\"right\": ¦\"R1\"", "duplicate-option",
            true, "match-q");
        row("matching left equals a right", "\"left\": \"L2\"", "\"left\": \"R1\"");
        row("matching right missing", "{ \"id\": \"p2\", \"left\": \"L2\", \"right\": \"R2\" }",
            "¦{ \"id\": \"p2\", \"left\": \"L2\" }", "missing-field", true, "match-q");
    }
    void rules()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, code);
        QFETCH(bool, isError);
        QFETCH(QString, itemId);
        QString text = QString::fromUtf8(kBase);
        QVERIFY(oht::test::replaceOnce(text, from, to));
        const MarkedText m = MarkedText::from(text);
        Findings findings;
        const auto quiz = parseQuiz(m.text, QStringLiteral("quizzes/q.json"), findings);
        QVERIFY(quiz.has_value());
        if (code.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(oht::test::describe(findings)));
            return;
        }
        QVERIFY2(findings.size() == 1, qPrintable(oht::test::describe(findings)));
        const Finding &f = findings.first();
        QCOMPARE(f.code, code);
        QCOMPARE(f.isError(), isError);
        QCOMPARE(f.file, QStringLiteral("quizzes/q.json"));
        QCOMPARE(f.line, m.line ? m.line : 1); // no marker: the root object
        QCOMPARE(f.column, m.line ? m.column : 1);
        QCOMPARE(f.itemId, itemId);
        QVERIFY(!f.message.isEmpty());
    }

    void readsEveryField()
    {
        Findings findings;
        const auto quiz = parseQuiz(kBase, "q.json", findings);
        QVERIFY2(findings.isEmpty(), qPrintable(oht::test::describe(findings)));
        QCOMPARE(quiz->passMark, 70.0);
        QCOMPARE(quiz->mode, QuizMode::Immediate);
        QCOMPARE(quiz->shuffleQuestions, false);
        QCOMPARE(quiz->shuffleOptions, true);
        const auto &qs = quiz->questions;
        QCOMPARE(qs.size(), 7);
        QCOMPARE(qs[0].type, QuestionType::SingleChoice);
        QCOMPARE(qs[0].points, 2.0);
        QCOMPARE(qs[0].explanation, QStringLiteral("Because."));
        QCOMPARE(qs[0].feedbackCorrect, QStringLiteral("Well done."));
        QCOMPARE(qs[0].feedbackIncorrect, QStringLiteral("Not quite."));
        QCOMPARE(qs[0].options.size(), 2);
        QCOMPARE(qs[0].options[0].correct, true);
        QCOMPARE(qs[0].options[0].feedback, QStringLiteral("Yes."));
        QCOMPARE(qs[1].type, QuestionType::MultipleChoice);
        QCOMPARE(qs[1].points, 1.0);               // default
        QCOMPARE(qs[1].options[2].correct, false); // default
        QCOMPARE(qs[2].type, QuestionType::TrueFalse);
        QCOMPARE(qs[2].answer, true);
        QCOMPARE(qs[2].feedbackTrue, QStringLiteral("Right."));
        QCOMPARE(qs[2].feedbackFalse, QStringLiteral("No."));
        QCOMPARE(qs[3].type, QuestionType::Numeric);
        QCOMPARE(qs[3].numericAnswer, 37.5);
        QCOMPARE(qs[3].tolerance, 0.5);
        QCOMPARE(qs[3].unit, QString::fromUtf8("°C"));
        QCOMPARE(qs[4].type, QuestionType::ShortText);
        QCOMPARE(qs[4].accept, (QStringList{"FHIR", "HL7 FHIR"}));
        QCOMPARE(qs[5].type, QuestionType::Ordering);
        QCOMPARE(qs[5].orderItems.size(), 2);
        QCOMPARE(qs[5].orderItems[1].text, QStringLiteral("Second"));
        QCOMPARE(qs[6].type, QuestionType::Matching);
        QCOMPARE(qs[6].pairs[1].right, QStringLiteral("R2"));
        for (const auto &q : qs)
            QCOMPARE(questionTypeName(q.type).isEmpty(), false);
        QCOMPARE(questionTypeName(QuestionType::ShortText), QStringLiteral("text"));
    }

    void defaults()
    {
        Findings findings;
        const auto quiz = parseQuiz(R"({"questions": [{"id": "q", "type": "truefalse",
                                        "prompt": "?", "answer": false}]})",
                                    "q.json", findings);
        QVERIFY(findings.isEmpty());
        QCOMPARE(quiz->passMark, 70.0);
        QCOMPARE(quiz->mode, QuizMode::Immediate);
        QCOMPARE(quiz->shuffleQuestions, false);
        QCOMPARE(quiz->shuffleOptions, false);
    }

    void syntaxError()
    {
        const MarkedText m = MarkedText::from(QString::fromUtf8(kBase).replace(
            "\"mode\": \"immediate\",", "\"mode\": \"immediate\"¦,,"));
        Findings findings;
        QVERIFY(!parseQuiz(m.text, "q.json", findings));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].code, QStringLiteral("json-syntax"));
        QCOMPARE(findings[0].line, m.line);
        QCOMPARE(findings[0].column, m.column + 1); // the second comma
    }

    void reportsEveryProblemAtOnce()
    {
        QString text = QString::fromUtf8(kBase);
        QVERIFY(oht::test::replaceOnce(text, "\"passMark\": 70", "\"passMark\": 170"));
        QVERIFY(oht::test::replaceOnce(text, "\"text\": \"Beta\", \"correct\": false",
                                       "\"text\": \"Beta\", \"correct\": true"));
        QVERIFY(oht::test::replaceOnce(text, "\"tolerance\": 0.5", "\"tolerance\": -1"));
        QVERIFY(oht::test::replaceOnce(text, "[\"FHIR\", \"HL7 FHIR\"]", "[]"));
        QVERIFY(oht::test::replaceOnce(text, "\"right\": \"R2\"", "\"right\": \"R1\""));
        Findings findings;
        QVERIFY(parseQuiz(text.toUtf8(), "q.json", findings));
        QStringList codes;
        for (const Finding &f : findings)
            codes << f.code;
        codes.sort();
        QCOMPARE(codes, (QStringList{"duplicate-option", "invalid-value", "negative-tolerance",
                                     "no-accepted-answer", "single-correct"}));
    }
};

QTEST_GUILESS_MAIN(TestQuizParser)
#include "tst_quizparser.moc"
