#include "oht/quizview/numericquestionwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace oht;
using namespace oht::quizview;

/// The number field: what counts as a number (in the learner's notation too), what the
/// learner is told otherwise, and the right answer with tolerance and unit.
class TestNumericQuestionWidget : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question()
    {
        packformat::Question q;
        q.id = QStringLiteral("temp");
        q.type = packformat::QuestionType::Numeric;
        q.prompt = QStringLiteral("Normal body temperature?");
        q.numericAnswer = 37;
        q.tolerance = 0.5;
        q.unit = QStringLiteral("°C");
        return q;
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("isNumber");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << "C"
                                 << "37" << true << 37.0;
        QTest::newRow("spaces around") << "C"
                                       << "  37 " << true << 37.0;
        QTest::newRow("decimal point") << "C"
                                       << "36.6" << true << 36.6;
        QTest::newRow("negative") << "C"
                                  << "-4" << true << -4.0;
        QTest::newRow("exponent") << "C"
                                  << "1e3" << true << 1000.0;
        QTest::newRow("Spanish comma") << "es_ES"
                                       << "36,6" << true << 36.6;
        QTest::newRow("point in Spanish") << "es_ES"
                                          << "36.6" << true << 36.6;
        QTest::newRow("empty") << "C"
                               << "" << false << 0.0;
        QTest::newRow("blank") << "C"
                               << "   " << false << 0.0;
        QTest::newRow("letters") << "C"
                                 << "abc" << false << 0.0;
        QTest::newRow("number and unit") << "C"
                                         << "37 °C" << false << 0.0;
        QTest::newRow("two numbers") << "C"
                                     << "36 37" << false << 0.0;
        QTest::newRow("nan") << "C"
                             << "nan" << false << 0.0;
        QTest::newRow("infinity") << "C"
                                  << "inf" << false << 0.0;
        QTest::newRow("overflow") << "C"
                                  << "1e999" << false << 0.0;
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(bool, isNumber);
        QFETCH(double, value);
        QLocale::setDefault(QLocale(locale));
        NumericQuestionWidget widget(question());
        QTest::keyClicks(widget.field(), typed);
        const auto response = widget.response();
        QCOMPARE(response.number.has_value(), isNumber);
        if (isNumber) {
            QCOMPARE(*response.number, value);
            QVERIFY(widget.inputError().isEmpty());
        } else {
            QVERIFY(!widget.inputError().isEmpty());
            QVERIFY(response.isEmpty());
        }
    }

    void messages()
    {
        NumericQuestionWidget widget(question());
        QCOMPARE(widget.inputError(), QStringLiteral("Type a number first."));
        QTest::keyClicks(widget.field(), QStringLiteral("warm"));
        QCOMPARE(widget.inputError(),
                 QStringLiteral("“warm” is not a number. Type digits only, for example 2.5."));
    }

    void typingReportsAChange()
    {
        NumericQuestionWidget widget(question());
        QSignalSpy changed(&widget, &QuestionWidget::responseChanged);
        QTest::keyClicks(widget.field(), QStringLiteral("37"));
        QCOMPARE(changed.size(), 2);
    }

    void solution_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("feedback");
        QTest::newRow("inside the tolerance") << "37.4"
                                              << "✓ Right. Right answer: 37 ± 0.5 °C";
        QTest::newRow("outside") << "38"
                                 << "✗ Not right. Right answer: 37 ± 0.5 °C";
        QTest::newRow("unanswered") << ""
                                    << "Right answer: 37 ± 0.5 °C";
    }

    void solution()
    {
        QFETCH(QString, typed);
        QFETCH(QString, feedback);
        NumericQuestionWidget widget(question());
        QTest::keyClicks(widget.field(), typed);
        widget.setLocked(true);
        QTest::keyClicks(widget.field(), QStringLiteral("9"));
        QCOMPARE(widget.field()->text(), typed); // locked
        widget.showSolution();
        QCOMPARE(widget.feedbackLabel()->text(), feedback);
    }

    void recordedAnswerShownAgain()
    {
        NumericQuestionWidget widget(question());
        quiz::Response r;
        r.number = 36.75;
        widget.setResponse(r);
        QCOMPARE(widget.field()->text(), QStringLiteral("36.75"));
        QCOMPARE(widget.response(), r);
        QVERIFY(!widget.field()->accessibleName().isEmpty());
        QVERIFY(widget.field()->accessibleName().contains(QStringLiteral("°C")));
    }
};

QTEST_MAIN(TestNumericQuestionWidget)
#include "tst_numericquestionwidget.moc"
