#include "searchquery.h"

#include <QTest>

using oht::library::SearchQuery;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void toFts_data();
    void toFts();
    void capsTheNumberOfTerms();
};

void TestSearchQuery::toFts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one word") << "heart"
                              << R"("heart")";
    QTest::newRow("two words") << "heart  rate"
                               << R"("heart" "rate")";
    QTest::newRow("phrase and word") << R"("blood pressure" check)"
                                     << R"("blood pressure" "check")";
    QTest::newRow("unclosed phrase") << R"(check "blood pressure)"
                                     << R"("check" "blood pressure")";
    QTest::newRow("quote inside a word") << R"(a"b c"d)"
                                         << R"("a" "b c" "d")";
    QTest::newRow("prefix") << "diabet*"
                            << R"("diabet"*)";
    QTest::newRow("prefix with many stars") << "diabet***"
                                            << R"("diabet"*)";
    QTest::newRow("prefix too short") << "di*"
                                      << R"("di")";
    QTest::newRow("star inside a phrase") << R"("diabet*")"
                                          << R"("diabet*")";
    QTest::newRow("star after a phrase") << R"("heart rate"*)"
                                         << R"("heart rate")";
    QTest::newRow("AND is a word") << "heart AND lung"
                                   << R"("heart" "AND" "lung")";
    QTest::newRow("NEAR( is a word") << "NEAR(a b)"
                                     << R"x("NEAR(a" "b)")x";
    QTest::newRow("minus is text") << "-heart"
                                   << R"("-heart")";
    QTest::newRow("column filter is text") << "title:heart"
                                           << R"("title:heart")";
    QTest::newRow("caret and braces") << "^x {title}"
                                      << R"("^x" "{title}")";
    QTest::newRow("accents kept") << "café"
                                  << R"("café")";
    QTest::newRow("only punctuation") << R"(* - ( ) : ^ "" " ")"
                                      << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("white space") << " \t\n "
                                 << "";
}

void TestSearchQuery::toFts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const SearchQuery query = SearchQuery::parse(input);
    QCOMPARE(query.toFts(), expected);
    QCOMPARE(query.isEmpty(), expected.isEmpty());
}

void TestSearchQuery::capsTheNumberOfTerms()
{
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << QStringLiteral("w%1").arg(i);
    const QString fts = SearchQuery::parse(words.join(' ')).toFts();
    QCOMPARE(fts.count('"'), 2 * SearchQuery::kMaxTerms);
}

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
