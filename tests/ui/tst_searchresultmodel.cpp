#include "oht/ui/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using oht::library::SearchHit;
using oht::ui::SearchResultModel;

class tst_SearchResultModel : public QObject
{
    Q_OBJECT
private slots:
    void firstMatch_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one mark") << "…about <mark>FHIR</mark> resources…"
                                  << "FHIR";
        QTest::newRow("first of two") << "<mark>clinical</mark> and <mark>safety</mark>"
                                      << "clinical";
        QTest::newRow("escaped") << "<mark>R&amp;D</mark> budgets"
                                 << "R&D";
        QTest::newRow("none") << "no marks here"
                              << "";
    }
    void firstMatch()
    {
        QFETCH(QString, snippet);
        QFETCH(QString, expected);
        QCOMPARE(SearchResultModel::firstMatch(snippet), expected);
    }

    void rolesAndTester()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchHit hit;
        hit.packId = QStringLiteral("org.a.b");
        hit.packTitle = QStringLiteral("Course <A>");
        hit.itemId = QStringLiteral("intro");
        hit.lessonTitle = QStringLiteral("Intro");
        hit.snippet = QStringLiteral("about <mark>FHIR</mark> &lt;tags&gt;");
        model.setHits({hit});
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(SearchResultModel::PackIdRole).toString(), QStringLiteral("org.a.b"));
        QCOMPARE(index.data(SearchResultModel::ItemIdRole).toString(), QStringLiteral("intro"));
        QCOMPARE(index.data(SearchResultModel::MatchTextRole).toString(), QStringLiteral("FHIR"));
        // Titles are escaped in the rich text; the snippet's own escaping is kept.
        const QString html = index.data(SearchResultModel::HtmlRole).toString();
        QVERIFY(html.contains(QStringLiteral("Course &lt;A&gt;")));
        QVERIFY(html.contains(QStringLiteral("<b><u>FHIR</u></b>")));
        QVERIFY(index.data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("about FHIR <tags>")));
    }
};

QTEST_MAIN(tst_SearchResultModel)
#include "tst_searchresultmodel.moc"
