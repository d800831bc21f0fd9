#include "oht/progressui/completionlist.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace oht::progressui;

class TestCompletionList : public QObject
{
    Q_OBJECT

private slots:
    void describe_data()
    {
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("text");
        QTest::newRow("none done") << 0 << 3 << QStringLiteral("0 of 3 items done, 0 %");
        QTest::newRow("some") << 2 << 3 << QStringLiteral("2 of 3 items done, 67 %");
        QTest::newRow("all") << 4 << 4 << QStringLiteral("4 of 4 items done, 100 %");
        QTest::newRow("one item") << 1 << 1 << QStringLiteral("1 of 1 item done, 100 %");
        QTest::newRow("empty module") << 0 << 0 << QStringLiteral("No items to complete");
    }
    void describe()
    {
        QFETCH(int, done);
        QFETCH(int, total);
        QFETCH(QString, text);
        QCOMPARE(CompletionList::describe({QStringLiteral("m"), QStringLiteral("M"), done, total}),
                 text);
    }

    void rowsHaveLabelledBarsAndWords()
    {
        CompletionList list;
        list.setRows({{QStringLiteral("m1"), QStringLiteral("Basics"), 1, 3},
                      {QStringLiteral("m2"), QStringLiteral("Devices"), 0, 0}});
        QCOMPARE(list.rowCount(), 2);
        QProgressBar *bar = list.bar(0);
        QVERIFY(bar);
        QCOMPARE(bar->value(), 1);
        QCOMPARE(bar->maximum(), 3);
        QCOMPARE(bar->accessibleName(), QStringLiteral("Completion of Basics"));
        QCOMPARE(bar->accessibleDescription(), QStringLiteral("1 of 3 items done, 33 %"));
        // The figures are shown as words next to the bar, not by colour or length alone.
        const auto labels = list.findChildren<QLabel *>();
        const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text() == QStringLiteral("1 of 3 items done, 33 %");
        });
        QVERIFY(shown);
        // An empty module draws an empty bar, not a full one.
        QCOMPARE(list.bar(1)->value(), 0);
        QVERIFY(!list.bar(2));

        // Replacing the rows removes the old ones.
        list.setRows({{QStringLiteral("m3"), QStringLiteral("Only"), 2, 2}});
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.findChildren<QProgressBar *>().size(), 1);
    }

    void activatableRowsAreButtons()
    {
        CompletionList list;
        list.setActivatable(true);
        list.setRows({{QStringLiteral("org.a"), QStringLiteral("Course A"), 1, 2},
                      {QStringLiteral("org.b"), QStringLiteral("Course B"), 0, 2}});
        QSignalSpy spy(&list, &CompletionList::activated);
        auto *second = qobject_cast<QPushButton *>(list.titleWidget(1));
        QVERIFY(second);
        QCOMPARE(second->accessibleName(), QStringLiteral("Progress in Course B"));
        QTest::mouseClick(second, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("org.b"));
        // By keyboard too.
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        auto *first = qobject_cast<QPushButton *>(list.titleWidget(0));
        first->setFocus();
        QTest::keyClick(first, Qt::Key_Space);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("org.a"));
    }
};

QTEST_MAIN(TestCompletionList)
#include "tst_completionlist.moc"
