#include "oht/packio/textdiff.h"

#include <QTest>

using oht::packio::DiffLine;
using oht::packio::TextDiff;

/// The line diff behind `ohtpack diff`'s lesson text changes and its move detection.
class TestTextDiff : public QObject
{
    Q_OBJECT
private slots:
    void unified_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same") << "a\nb\n"
                              << "a\nb\n"
                              << QStringList();
        QTest::newRow("one changed line")
            << "1\n2\n3\n4\n5\n6\n7\n"
            << "1\n2\n3\nX\n5\n6\n7\n"
            << QStringList{"@@ -2,5 +2,5 @@", " 2", " 3", "-4", "+X", " 5", " 6"};
        QTest::newRow("added at end") << "a\n"
                                      << "a\nb\n"
                                      << QStringList{"@@ -1,1 +1,2 @@", " a", "+b"};
        QTest::newRow("all new") << ""
                                 << "a\n"
                                 << QStringList{"@@ -0,0 +1,1 @@", "+a"};
        QTest::newRow("two hunks") << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
                                   << "X\n2\n3\n4\n5\n6\n7\n8\n9\nY\n"
                                   << QStringList{"@@ -1,3 +1,3 @@", "-1", "+X", " 2",  " 3",
                                                  "@@ -8,3 +8,3 @@", " 8", " 9", "-10", "+Y"};
        QTest::newRow("close changes share a hunk")
            << "1\n2\n3\n4\n5\n"
            << "X\n2\n3\n4\nY\n"
            << QStringList{"@@ -1,5 +1,5 @@", "-1", "+X", " 2", " 3", " 4", "-5", "+Y"};
        QTest::newRow("windows line ends") << "a\r\nb\r\n"
                                           << "a\nb\n"
                                           << QStringList();
    }
    void unified()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const auto lines = TextDiff::diff(TextDiff::splitLines(before.toUtf8()),
                                          TextDiff::splitLines(after.toUtf8()));
        QCOMPARE(TextDiff::unified(lines), expected);
    }

    void movedItemIsOutsideTheCommonSequence()
    {
        const auto lines = TextDiff::diff({"a", "b", "c", "d"}, {"a", "c", "d", "b"});
        QStringList moved;
        for (const auto &l : lines)
            if (l.kind != DiffLine::Kind::Same)
                moved << l.text;
        QCOMPARE(moved, QStringList({"b", "b"}));
    }

    void hugeDifferentTextsFallBack()
    {
        QStringList a, b;
        for (int i = 0; i < 5000; ++i) {
            a << QString::number(i);
            b << QStringLiteral("x%1").arg(i);
        }
        const auto lines = TextDiff::diff(a, b);
        QCOMPARE(TextDiff::count(lines, DiffLine::Kind::Removed), 5000);
        QCOMPARE(TextDiff::count(lines, DiffLine::Kind::Added), 5000);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
