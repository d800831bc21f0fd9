#include "oht/packio/worddiff.h"

#include <QTest>

using oht::packio::TextDiff;
using oht::packio::WordChange;
using oht::packio::WordDiff;

/// The word-level diff `ohtpack diff` and the review window's comparison show for changed
/// lessons and question texts.
class TestWordDiff : public QObject
{
    Q_OBJECT
private slots:
    void tokens()
    {
        QCOMPARE(WordDiff::tokens("Give 5 mg, twice."),
                 QStringList({"Give", " ", "5", " ", "mg", ",", " ", "twice", "."}));
        QCOMPARE(WordDiff::tokens("año  ñandú"), QStringList({"año", "  ", "ñandú"}));
        QCOMPARE(WordDiff::tokens(""), QStringList());
    }

    void markup_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << "Wash your hands."
                              << "Wash your hands."
                              << "Wash your hands.";
        QTest::newRow("one word") << "Give 5 mg daily."
                                  << "Give 10 mg daily."
                                  << "Give [-5-]{+10+} mg daily.";
        QTest::newRow("word added") << "Check the pulse."
                                    << "Check the radial pulse."
                                    << "Check the {+radial +}pulse.";
        QTest::newRow("word removed") << "Check the radial pulse."
                                      << "Check the pulse."
                                      << "Check the [-radial -]pulse.";
        QTest::newRow("phrase rewritten, one change")
            << "Call the duty doctor now."
            << "Call an emergency nurse now."
            << "Call [-the duty doctor-]{+an emergency nurse+} now.";
        QTest::newRow("punctuation") << "Stop."
                                     << "Stop!"
                                     << "Stop[-.-]{+!+}";
        QTest::newRow("all new") << ""
                                 << "New text"
                                 << "{+New text+}";
        QTest::newRow("all gone") << "Old text"
                                  << ""
                                  << "[-Old text-]";
        QTest::newRow("case matters") << "fhir"
                                      << "FHIR"
                                      << "[-fhir-]{+FHIR+}";
        QTest::newRow("two separate changes") << "A red cat sat on a mat."
                                              << "A black cat sat on a rug."
                                              << "A [-red-]{+black+} cat sat on a [-mat-]{+rug+}.";
    }
    void markup()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(WordDiff::markup(before, after), expected);
    }

    void diffKeepsAllTheText()
    {
        const QString before = "The patient, aged 64, reports chest pain.";
        const QString after = "The patient, aged 46, reports no chest pain at rest.";
        QString old, now;
        for (const WordChange &c : WordDiff::diff(before, after)) {
            if (c.kind != WordChange::Kind::Added)
                old += c.text;
            if (c.kind != WordChange::Kind::Removed)
                now += c.text;
        }
        QCOMPARE(old, before);
        QCOMPARE(now, after);
    }

    void hunks_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same") << "a\nb\n"
                              << "a\nb\n"
                              << QStringList();
        QTest::newRow("word in a line") << "# Dose\n\nGive 5 mg.\nRepeat daily.\n"
                                        << "# Dose\n\nGive 10 mg.\nRepeat daily.\n"
                                        << QStringList{"@@ -3 +3 @@", "Give [-5-]{+10+} mg."};
        QTest::newRow("line added") << "a\nc\n"
                                    << "a\nb\nc\n"
                                    << QStringList{"@@ +2 @@", "{+b+}"};
        QTest::newRow("lines removed") << "a\nb\nc\nd\n"
                                       << "a\nd\n"
                                       << QStringList{"@@ -2 @@", "[-b", "c-]"};
        QTest::newRow("two blocks")
            << "one\ntwo\nthree\nfour\n"
            << "One\ntwo\nthree\nfour!\n"
            << QStringList{"@@ -1 +1 @@", "[-one-]{+One+}", "@@ -4 +4 @@", "four{+!+}"};
    }
    void hunks()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const auto lines = TextDiff::diff(TextDiff::splitLines(before.toUtf8()),
                                          TextDiff::splitLines(after.toUtf8()));
        QCOMPARE(WordDiff::hunks(lines), expected);
    }
};

QTEST_APPLESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
