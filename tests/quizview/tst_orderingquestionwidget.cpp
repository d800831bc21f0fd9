#include "oht/quizview/orderingquestionwidget.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace oht;
using namespace oht::quizview;

/// Ordering without dragging: Alt+Up / Alt+Down on the list and the Move buttons.
class TestOrderingQuestionWidget : public QObject
{
    Q_OBJECT

private:
    static packformat::Question question()
    {
        packformat::Question q;
        q.id = QStringLiteral("steps");
        q.type = packformat::QuestionType::Ordering;
        for (const char *id : {"a", "b", "c", "d"})
            q.orderItems.append(
                {QString::fromLatin1(id), QStringLiteral("Step %1").arg(id), false, {}});
        return q;
    }
    static QStringList ids(const QString &s) { return s.split(QLatin1Char(',')); }

private slots:
    void startsInThePresentationOrder()
    {
        OrderingQuestionWidget w(question(), ids(QStringLiteral("c,a,d,b")));
        QCOMPARE(w.response().order, ids(QStringLiteral("c,a,d,b")));
        QCOMPARE(w.list()->item(0)->text(), QStringLiteral("1. Step c"));
    }

    void moveByKeyboard_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("up") << 2 << int(Qt::Key_Up) << "c,d,a,b";
        QTest::newRow("down") << 1 << int(Qt::Key_Down) << "c,d,a,b";
        QTest::newRow("first cannot go up") << 0 << int(Qt::Key_Up) << "c,a,d,b";
        QTest::newRow("last cannot go down") << 3 << int(Qt::Key_Down) << "c,a,d,b";
    }

    void moveByKeyboard()
    {
        QFETCH(int, row);
        QFETCH(int, key);
        QFETCH(QString, expected);
        OrderingQuestionWidget w(question(), ids(QStringLiteral("c,a,d,b")));
        QSignalSpy changed(&w, &QuestionWidget::responseChanged);
        w.list()->setCurrentRow(row);
        QTest::keyClick(w.list(), Qt::Key(key), Qt::AltModifier);
        QCOMPARE(w.response().order, ids(expected));
        QCOMPARE(changed.isEmpty(), expected == QStringLiteral("c,a,d,b"));
    }

    void plainArrowsOnlySelect()
    {
        OrderingQuestionWidget w(question(), ids(QStringLiteral("c,a,d,b")));
        w.list()->setCurrentRow(0);
        QTest::keyClick(w.list(), Qt::Key_Down);
        QCOMPARE(w.list()->currentRow(), 1);
        QCOMPARE(w.response().order, ids(QStringLiteral("c,a,d,b")));
    }

    void buttonsFollowTheSelection()
    {
        OrderingQuestionWidget w(question(), ids(QStringLiteral("c,a,d,b")));
        w.list()->setCurrentRow(0);
        QVERIFY(!w.upButton()->isEnabled());
        QVERIFY(w.downButton()->isEnabled());
        QTest::mouseClick(w.downButton(), Qt::LeftButton);
        QCOMPARE(w.response().order, ids(QStringLiteral("a,c,d,b")));
        QCOMPARE(w.list()->currentRow(), 1); // the moved item stays selected
        w.list()->setCurrentRow(3);
        QVERIFY(!w.downButton()->isEnabled());
        QVERIFY(!w.upButton()->accessibleName().isEmpty());
        QVERIFY(!w.downButton()->accessibleName().isEmpty());
        QVERIFY(!w.list()->accessibleName().isEmpty());
    }

    void lockedDoesNotMove()
    {
        OrderingQuestionWidget w(question(), ids(QStringLiteral("c,a,d,b")));
        w.setLocked(true);
        w.list()->setCurrentRow(1);
        QTest::keyClick(w.list(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(w.response().order, ids(QStringLiteral("c,a,d,b")));
        QVERIFY(!w.upButton()->isEnabled());
    }

    void recordedOrderIsRestored_data()
    {
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<QString>("shown");
        QTest::newRow("complete") << "b,a,c,d"
                                  << "b,a,c,d";
        QTest::newRow("unknown ids dropped") << "b,x,a,c,d"
                                             << "b,a,c,d";
        QTest::newRow("missing ids appended") << "d,c"
                                              << "d,c,a,b";
    }

    void recordedOrderIsRestored()
    {
        QFETCH(QString, recorded);
        QFETCH(QString, shown);
        OrderingQuestionWidget w(question(), ids(QStringLiteral("c,a,d,b")));
        quiz::Response r;
        r.order = ids(recorded);
        w.setResponse(r);
        QCOMPARE(w.response().order, ids(shown));
    }

    void solutionMarksEachPlace()
    {
        OrderingQuestionWidget w(question(), ids(QStringLiteral("a,c,b,d")));
        w.showSolution();
        QCOMPARE(w.list()->item(0)->text(), QStringLiteral("1. Step a — ✓ in the right place"));
        QCOMPARE(w.list()->item(1)->text(), QStringLiteral("2. Step c — ✗ not in the right place"));
        QVERIFY(w.solutionText().startsWith(QStringLiteral("Right order: 1. Step a")));
    }
};

QTEST_MAIN(TestOrderingQuestionWidget)
#include "tst_orderingquestionwidget.moc"
