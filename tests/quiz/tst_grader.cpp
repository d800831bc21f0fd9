#include "oht/quiz/grader.h"

#include <QTest>

using namespace oht::quiz;
using oht::packformat::Option;
using oht::packformat::Question;
using oht::packformat::QuestionType;

Q_DECLARE_METATYPE(Response)

namespace {
Question choice(QuestionType type, QList<bool> correct)
{
    Question q;
    q.id = "q";
    q.type = type;
    q.points = 2;
    for (int i = 0; i < correct.size(); ++i)
        q.options.append(Option{QString(QChar('a' + i)), QString("Option %1").arg(i), correct[i],
                                QString("fb-%1").arg(QChar('a' + i))});
    return q;
}
Response chose(QStringList ids)
{
    Response r;
    r.choices = ids;
    return r;
}
} // namespace

class TestGrader : public QObject
{
    Q_OBJECT
private slots:
    void grade_data()
    {
        QTest::addColumn<Question>("question");
        QTest::addColumn<Response>("response");
        QTest::addColumn<double>("fraction");

        const Question single = choice(QuestionType::SingleChoice, {false, true, false});
        QTest::newRow("single right") << single << chose({"b"}) << 1.0;
        QTest::newRow("single wrong") << single << chose({"a"}) << 0.0;
        QTest::newRow("single two picked") << single << chose({"a", "b"}) << 0.0;
        QTest::newRow("single empty") << single << Response{} << 0.0;
        QTest::newRow("single unknown id") << single << chose({"zz"}) << 0.0;

        const Question multi = choice(QuestionType::MultipleChoice, {true, true, false, false});
        QTest::newRow("multiple all right") << multi << chose({"a", "b"}) << 1.0;
        QTest::newRow("multiple half") << multi << chose({"a"}) << 0.5;
        QTest::newRow("multiple right+wrong") << multi << chose({"a", "b", "c"}) << 0.5;
        QTest::newRow("multiple one each cancels") << multi << chose({"a", "c"}) << 0.0;
        QTest::newRow("multiple everything") << multi << chose({"a", "b", "c", "d"}) << 0.0;
        QTest::newRow("multiple only wrong floors at 0") << multi << chose({"c", "d"}) << 0.0;

        Question tf;
        tf.type = QuestionType::TrueFalse;
        tf.answer = false;
        Response t, f;
        t.truth = true;
        f.truth = false;
        QTest::newRow("truefalse right") << tf << f << 1.0;
        QTest::newRow("truefalse wrong") << tf << t << 0.0;
        QTest::newRow("truefalse empty") << tf << Response{} << 0.0;

        Question num;
        num.type = QuestionType::Numeric;
        num.numericAnswer = 37.0;
        num.tolerance = 0.5;
        auto n = [](double v) {
            Response r;
            r.number = v;
            return r;
        };
        QTest::newRow("numeric exact") << num << n(37.0) << 1.0;
        QTest::newRow("numeric edge low") << num << n(36.5) << 1.0;
        QTest::newRow("numeric edge high") << num << n(37.5) << 1.0;
        QTest::newRow("numeric outside") << num << n(37.51) << 0.0;
        QTest::newRow("numeric nan") << num << n(qQNaN()) << 0.0;
        QTest::newRow("numeric inf") << num << n(qInf()) << 0.0;
        Question exact = num;
        exact.numericAnswer = 0.3;
        exact.tolerance = 0;
        QTest::newRow("numeric float rounding") << exact << n(0.1 + 0.2) << 1.0;

        Question text;
        text.type = QuestionType::ShortText;
        text.accept = {"HL7 FHIR", "FHIR"};
        auto s = [](const char *v) {
            Response r;
            r.text = QString::fromUtf8(v);
            return r;
        };
        QTest::newRow("text exact") << text << s("FHIR") << 1.0;
        QTest::newRow("text case") << text << s("fhir") << 1.0;
        QTest::newRow("text spaces") << text << s("  hl7    fhir ") << 1.0;
        QTest::newRow("text tab+newline") << text << s("HL7\t\nFHIR") << 1.0;
        QTest::newRow("text wrong") << text << s("HL7") << 0.0;
        QTest::newRow("text blank") << text << s("   ") << 0.0;
        Question accent;
        accent.type = QuestionType::ShortText;
        accent.accept = {QString::fromUtf8("caf\xC3\xA9")};
        QTest::newRow("text NFD equals NFC") << accent << s("CAFE\xCC\x81") << 1.0;

        Question ord;
        ord.type = QuestionType::Ordering;
        ord.orderItems = {Option{"1", "one", false, {}}, Option{"2", "two", false, {}},
                          Option{"3", "three", false, {}}, Option{"4", "four", false, {}}};
        auto o = [](QStringList v) {
            Response r;
            r.order = v;
            return r;
        };
        QTest::newRow("ordering right") << ord << o({"1", "2", "3", "4"}) << 1.0;
        QTest::newRow("ordering half") << ord << o({"1", "2", "4", "3"}) << 0.5;
        QTest::newRow("ordering reversed") << ord << o({"4", "3", "2", "1"}) << 0.0;
        QTest::newRow("ordering short") << ord << o({"1"}) << 0.25;

        Question match;
        match.type = QuestionType::Matching;
        match.pairs = {
            {"p1", "L1", "R1"}, {"p2", "L2", "R2"}, {"p3", "L3", "R3"}, {"p4", "L4", "R4"}};
        auto m = [](QHash<QString, QString> v) {
            Response r;
            r.matches = v;
            return r;
        };
        QTest::newRow("matching right")
            << match << m({{"p1", "p1"}, {"p2", "p2"}, {"p3", "p3"}, {"p4", "p4"}}) << 1.0;
        QTest::newRow("matching three of four")
            << match << m({{"p1", "p1"}, {"p2", "p2"}, {"p3", "p3"}, {"p4", "p1"}}) << 0.75;
        QTest::newRow("matching swapped pair") << match << m({{"p1", "p2"}, {"p2", "p1"}}) << 0.0;
    }

    void grade()
    {
        QFETCH(Question, question);
        QFETCH(Response, response);
        QFETCH(double, fraction);
        const Grade g = Grader::grade(question, response);
        QCOMPARE(g.fraction, fraction);
        QCOMPARE(g.earned, fraction * question.points);
        QCOMPARE(g.available, question.points);
        QCOMPARE(g.correct, fraction == 1.0);
    }

    void feedbackForChosenOptions()
    {
        Question q = choice(QuestionType::MultipleChoice, {true, false, true});
        q.feedbackIncorrect = "Not all right.";
        const Grade g = Grader::grade(q, chose({"a", "b"}));
        QCOMPARE(g.feedback, QStringList({"fb-a", "fb-b", "Not all right."}));
    }

    void trueFalseFeedback()
    {
        Question q;
        q.type = QuestionType::TrueFalse;
        q.answer = true;
        q.feedbackTrue = "Yes";
        q.feedbackFalse = "No";
        Response r;
        r.truth = false;
        QCOMPARE(Grader::grade(q, r).feedback, QStringList{"No"});
    }

    void emptyIsUnanswered()
    {
        const Grade g =
            Grader::grade(choice(QuestionType::SingleChoice, {true, false}), Response{});
        QVERIFY(!g.answered);
        QVERIFY(!g.correct);
        QCOMPARE(g.earned, 0.0);
    }

    void quizScore_data()
    {
        QTest::addColumn<double>("passMark");
        QTest::addColumn<QStringList>("answers"); // choice per question q1..q3
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("passed");
        QTest::newRow("all right") << 70.0 << QStringList{"a", "a", "a"} << 100.0 << true;
        QTest::newRow("two of three, mark exactly 2/3")
            << 200.0 / 3 << QStringList{"a", "a", "b"} << 200.0 / 3 << true;
        QTest::newRow("two of three, mark 66.67")
            << 66.67 << QStringList{"a", "a", "b"} << 200.0 / 3 << false;
        QTest::newRow("two of three, mark 70")
            << 70.0 << QStringList{"a", "a", "b"} << 200.0 / 3 << false;
        QTest::newRow("none answered") << 0.0 << QStringList{"", "", ""} << 0.0 << true;
        QTest::newRow("none answered, mark 1") << 1.0 << QStringList{"", "", ""} << 0.0 << false;
    }
    void quizScore()
    {
        QFETCH(double, passMark);
        QFETCH(QStringList, answers);
        QFETCH(double, percent);
        QFETCH(bool, passed);
        oht::packformat::Quiz quiz;
        quiz.passMark = passMark;
        QHash<QString, Response> responses;
        for (int i = 0; i < 3; ++i) {
            Question q = choice(QuestionType::SingleChoice, {true, false});
            q.id = QString("q%1").arg(i + 1);
            quiz.questions.append(q);
            if (!answers[i].isEmpty())
                responses.insert(q.id, chose({answers[i]}));
        }
        const QuizScore s = Grader::score(quiz, responses);
        QVERIFY(qAbs(s.percent - percent) < 1e-9);
        QCOMPARE(s.passed, passed);
        QCOMPARE(s.available, 6.0);
    }

    void weightedPoints()
    {
        oht::packformat::Quiz quiz;
        quiz.passMark = 50;
        Question heavy = choice(QuestionType::SingleChoice, {true, false});
        heavy.id = "heavy";
        heavy.points = 3;
        Question light = choice(QuestionType::SingleChoice, {true, false});
        light.id = "light";
        light.points = 1;
        quiz.questions = {heavy, light};
        const QuizScore s = Grader::score(quiz, {{"heavy", chose({"a"})}, {"light", chose({"b"})}});
        QCOMPARE(s.percent, 75.0);
        QCOMPARE(s.correctCount, 1);
        QVERIFY(s.passed);
    }
};

QTEST_GUILESS_MAIN(TestGrader)
#include "tst_grader.moc"
