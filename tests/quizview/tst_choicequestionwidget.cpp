#include "oht/quizview/choicequestionwidget.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace oht;
using namespace oht::quizview;

/// Single and multiple choice: the attempt's option order, choosing by key, button or the
/// option's text, per-option marks and feedback after checking.
class TestChoiceQuestionWidget : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question(bool multiple)
    {
        packformat::Question q;
        q.id = QStringLiteral("q");
        q.type = multiple ? packformat::QuestionType::MultipleChoice
                          : packformat::QuestionType::SingleChoice;
        q.options = {
            {QStringLiteral("a"), QStringLiteral("Alpha"), true, QStringLiteral("A fb")},
            {QStringLiteral("b"), QStringLiteral("Beta"), multiple, QStringLiteral("B fb")},
            {QStringLiteral("c"), QStringLiteral("Gamma"), false, QStringLiteral("C fb")}};
        return q;
    }
    static QLabel *textLabel(ChoiceQuestionWidget &w, const QString &id)
    {
        for (QLabel *label : w.findChildren<QLabel *>()) {
            if (label->buddy() == w.button(id))
                return label;
        }
        return nullptr;
    }

private slots:
    void typeAndOrder_data()
    {
        QTest::addColumn<bool>("multiple");
        QTest::newRow("single") << false;
        QTest::newRow("multiple") << true;
    }

    void typeAndOrder()
    {
        QFETCH(bool, multiple);
        ChoiceQuestionWidget w(question(multiple),
                               {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")});
        const auto buttons = w.findChildren<QAbstractButton *>();
        QCOMPARE(buttons.size(), 3);
        QCOMPARE(buttons[0]->accessibleName(), QStringLiteral("Gamma"));
        QCOMPARE(buttons[1]->accessibleName(), QStringLiteral("Alpha"));
        QCOMPARE(QByteArray(buttons[0]->metaObject()->className()),
                 multiple ? QByteArray("QCheckBox") : QByteArray("QRadioButton"));
    }

    void choose_data()
    {
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<QStringList>("clicks");
        QTest::addColumn<QStringList>("chosen");
        QTest::newRow("single: last click wins")
            << false << QStringList{"a", "c"} << QStringList{"c"};
        QTest::newRow("multiple: both") << true << QStringList{"a", "c"} << QStringList{"a", "c"};
        QTest::newRow("multiple: toggled off") << true << QStringList{"a", "a"} << QStringList{};
    }

    void choose()
    {
        QFETCH(bool, multiple);
        QFETCH(QStringList, clicks);
        QFETCH(QStringList, chosen);
        ChoiceQuestionWidget byKey(question(multiple), {});
        ChoiceQuestionWidget byText(question(multiple), {});
        byText.show();
        QSignalSpy changed(&byKey, &QuestionWidget::responseChanged);
        for (const QString &id : clicks) {
            QTest::keyClick(byKey.button(id), Qt::Key_Space);
            QTest::mouseClick(textLabel(byText, id), Qt::LeftButton); // the text chooses too
        }
        QCOMPARE(byKey.response().choices, chosen);
        QCOMPARE(byText.response().choices, chosen);
        QCOMPARE(changed.size(), multiple ? clicks.size() : 2);
        QCOMPARE(byKey.inputError().isEmpty(), !chosen.isEmpty());
    }

    void emptyMessages()
    {
        QCOMPARE(ChoiceQuestionWidget(question(false), {}).inputError(),
                 QStringLiteral("Choose an answer first."));
        QCOMPARE(ChoiceQuestionWidget(question(true), {}).inputError(),
                 QStringLiteral("Choose at least one answer first."));
    }

    void recordedAnswerAndLock()
    {
        ChoiceQuestionWidget w(question(false), {});
        quiz::Response r;
        r.choices = {QStringLiteral("b")};
        w.setResponse(r);
        QCOMPARE(w.response(), r);
        r.choices = {QStringLiteral("c")};
        w.setResponse(r); // an exclusive group still lets a recorded answer replace another
        QCOMPARE(w.response(), r);
        w.setLocked(true);
        QTest::mouseClick(textLabel(w, QStringLiteral("a")), Qt::LeftButton);
        QCOMPARE(w.response(), r);
        QVERIFY(!w.button(QStringLiteral("a"))->isEnabled());
    }

    void perOptionFeedback()
    {
        ChoiceQuestionWidget w(question(true), {});
        QTest::keyClick(w.button(QStringLiteral("a")), Qt::Key_Space);
        QTest::keyClick(w.button(QStringLiteral("c")), Qt::Key_Space);
        w.show();
        w.showSolution();
        QCOMPARE(w.feedbackLabel(QStringLiteral("a"))->text(),
                 QStringLiteral("✓ Right: you chose this. A fb"));
        QCOMPARE(w.feedbackLabel(QStringLiteral("b"))->text(),
                 QStringLiteral("✓ This is a right answer."));
        QCOMPARE(w.feedbackLabel(QStringLiteral("c"))->text(),
                 QStringLiteral("✗ Not right: you chose this. C fb"));
        QCOMPARE(w.button(QStringLiteral("c"))->accessibleDescription(),
                 w.feedbackLabel(QStringLiteral("c"))->text());
        QCOMPARE(w.solutionText(), QStringLiteral("Right answers: Alpha; Beta"));
    }
};

QTEST_MAIN(TestChoiceQuestionWidget)
#include "tst_choicequestionwidget.moc"
