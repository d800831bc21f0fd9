#include "oht/ui/outlinemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QStandardPaths>
#include <QTest>

using namespace oht::packformat;
using oht::ui::OutlineModel;

class tst_OutlineModel : public QObject
{
    Q_OBJECT
private:
    static Manifest manifest()
    {
        Manifest m;
        m.id = QStringLiteral("org.example.course");
        m.modules = {
            Module{QStringLiteral("m1"),
                   QStringLiteral("First"),
                   {OutlineItem{QStringLiteral("a"), ItemKind::Lesson, QStringLiteral("Lesson A"),
                                QStringLiteral("lessons/a.md")},
                    OutlineItem{QStringLiteral("b"), ItemKind::Lesson, QStringLiteral("Lesson B"),
                                QStringLiteral("lessons/b.md")}}},
            Module{QStringLiteral("m2"),
                   QStringLiteral("Second"),
                   {OutlineItem{QStringLiteral("q"), ItemKind::Quiz, QStringLiteral("Quiz"),
                                QStringLiteral("quizzes/q.json")}}}};
        return m;
    }

private slots:
    void completedMarks_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("not current") << QString() << "Lesson: Lesson A (completed)";
        QTest::newRow("current") << QStringLiteral("a") << "Lesson: Lesson A (completed, current)";
    }

    void completedMarks()
    {
        QFETCH(QString, current);
        QFETCH(QString, spoken);
        OutlineModel model;
        model.setManifest(manifest());
        model.setCurrentItem(current);
        model.setCompletedItems({QStringLiteral("a"), QStringLiteral("q"), QStringLiteral("gone")});
        const QModelIndex a = model.indexOfItem(QStringLiteral("a"));
        // A glyph and words, not colour alone.
        QCOMPARE(a.data().toString(), QStringLiteral("✓ Lesson A"));
        QCOMPARE(a.data(Qt::AccessibleTextRole).toString(), spoken);
        QVERIFY(a.data(OutlineModel::CompletedRole).toBool());
        QVERIFY(model.isCompleted(QStringLiteral("q")));
        QCOMPARE(model.indexOfItem(QStringLiteral("q")).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Quiz: Quiz (completed)"));
        QCOMPARE(model.indexOfItem(QStringLiteral("b")).data().toString(),
                 QStringLiteral("Lesson B"));
        // Moving the current item keeps the mark; unmarking restores the plain title.
        model.setCurrentItem(QStringLiteral("b"));
        QCOMPARE(a.data().toString(), QStringLiteral("✓ Lesson A"));
        QCOMPARE(a.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Lesson: Lesson A (completed)"));
        model.setCompletedItems({});
        QCOMPARE(a.data().toString(), QStringLiteral("Lesson A"));
        QCOMPARE(a.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Lesson: Lesson A"));
        QVERIFY(!a.data(OutlineModel::CompletedRole).toBool());
        // A new manifest (another course, or an update) starts unmarked.
        model.setCompletedItems({QStringLiteral("a")});
        model.setManifest(manifest());
        QVERIFY(!model.isCompleted(QStringLiteral("a")));
    }

    void buildsTree()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManifest(manifest());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1. First"));
        QVERIFY(model.index(0, 0).data(OutlineModel::IsModuleRole).toBool());
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
        QCOMPARE(model.itemIds(), (QStringList{"a", "b", "q"}));
        QCOMPARE(model.indexOfItem(QStringLiteral("b")).data().toString(),
                 QStringLiteral("Lesson B"));
        QVERIFY(!model.indexOfItem(QStringLiteral("missing")).isValid());
    }

    void stepsThroughItems_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("next");
        QTest::newRow("first") << "a"
                               << ""
                               << "b";
        QTest::newRow("across modules") << "b"
                                        << "a"
                                        << "q";
        QTest::newRow("last") << "q"
                              << "b"
                              << "";
        QTest::newRow("unknown") << "zzz"
                                 << ""
                                 << "";
    }
    void stepsThroughItems()
    {
        QFETCH(QString, item);
        QFETCH(QString, previous);
        QFETCH(QString, next);
        OutlineModel model;
        model.setManifest(manifest());
        QCOMPARE(model.previousItem(item), previous);
        QCOMPARE(model.nextItem(item), next);
    }

    void mapsFilesToItems()
    {
        OutlineModel model;
        model.setManifest(manifest());
        QCOMPARE(model.itemIdForFile(QStringLiteral("lessons/b.md")), QStringLiteral("b"));
        QCOMPARE(model.itemIdForFile(QStringLiteral("media/x.svg")), QString());
    }

    void marksCurrentItem()
    {
        OutlineModel model;
        model.setManifest(manifest());
        model.setCurrentItem(QStringLiteral("a"));
        QVERIFY(model.indexOfItem(QStringLiteral("a")).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.indexOfItem(QStringLiteral("a"))
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("current")));
        model.setCurrentItem(QStringLiteral("b"));
        QVERIFY(!model.indexOfItem(QStringLiteral("a")).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.indexOfItem(QStringLiteral("a"))
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .contains(QStringLiteral("current")));
        QCOMPARE(model.currentItem(), QStringLiteral("b"));
    }
};

QTEST_MAIN(tst_OutlineModel)
#include "tst_outlinemodel.moc"
