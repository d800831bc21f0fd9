#include "oht/ui/packlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using oht::library::PackSummary;
using oht::ui::PackListModel;

class tst_PackListModel : public QObject
{
    Q_OBJECT
private:
    static PackSummary pack(const QString &id, const QString &title, const QString &version,
                            qint64 size, QDate reviewBy = QDate(2099, 1, 1))
    {
        PackSummary p;
        p.id = id;
        p.title = title;
        p.version = version;
        p.sizeBytes = size;
        p.language = QStringLiteral("en-GB");
        p.reviewBy = reviewBy;
        return p;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void modelIsConsistent()
    {
        PackListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPacks({pack("a.b.c", "Alpha", "1.0.0", 10), pack("d.e.f", "Beta", "2.0.0", 20)});
        QCOMPARE(model.rowCount(), 2);
        model.setPacks({});
        QCOMPARE(model.rowCount(), 0);
    }

    void completionColumn_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("not started") << 0.0 << "0 %"
                                     << "0 percent complete";
        QTest::newRow("a third") << 100.0 / 3 << "33 %"
                                 << "33 percent complete";
        QTest::newRow("rounds up") << 99.6 << "100 %"
                                   << "100 percent complete";
        QTest::newRow("done") << 100.0 << "100 %"
                              << "100 percent complete";
    }

    void completionColumn()
    {
        QFETCH(double, percent);
        QFETCH(QString, shown);
        QFETCH(QString, spoken);
        PackListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPacks({pack("a.b.c", "Alpha", "1.0.0", 10), pack("d.e.f", "Beta", "1.0.0", 10)});
        const QModelIndex cell = model.index(0, PackListModel::CompletionColumn);
        // Before any progress is known: 0 %, never an empty cell.
        QCOMPARE(cell.data().toString(), QStringLiteral("0 %"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCompletion({{QStringLiteral("a.b.c"), percent}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell.data().toString(), shown);
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), spoken);
        QCOMPARE(cell.data(PackListModel::SortRole).toDouble(), percent);
        QCOMPARE(model.completion(QStringLiteral("a.b.c")), percent);
        QCOMPARE(model.index(1, PackListModel::CompletionColumn).data().toString(),
                 QStringLiteral("0 %"));
        QCOMPARE(model.headerData(PackListModel::CompletionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Completed"));
    }

    void displaysColumns()
    {
        PackListModel model;
        model.setPacks({pack("a.b.c", "Alpha", "1.2.3", 1500000)});
        QCOMPARE(model.index(0, PackListModel::TitleColumn).data().toString(),
                 QStringLiteral("Alpha"));
        QCOMPARE(model.index(0, PackListModel::VersionColumn).data().toString(),
                 QStringLiteral("1.2.3"));
        QCOMPARE(model.index(0, PackListModel::LanguageColumn).data().toString(),
                 QStringLiteral("English (United Kingdom)"));
        QCOMPARE(model.index(0, PackListModel::SizeColumn).data().toString(),
                 QStringLiteral("1.5 MB"));
        QCOMPARE(model.index(0, 0).data(PackListModel::PackIdRole).toString(),
                 QStringLiteral("a.b.c"));
        QCOMPARE(model.rowOf(QStringLiteral("a.b.c")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("x.y.z")), -1);
    }

    void sortsNumerically_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("size") << int(PackListModel::SizeColumn)
                              << QStringList{"s.small", "s.mid", "s.big"};
        QTest::newRow("version") << int(PackListModel::VersionColumn)
                                 << QStringList{"s.small", "s.big", "s.mid"};
        QTest::newRow("title, case-insensitive")
            << int(PackListModel::TitleColumn) << QStringList{"s.mid", "s.big", "s.small"};
    }
    void sortsNumerically()
    {
        QFETCH(int, column);
        QFETCH(QStringList, expectedIds);
        PackListModel model;
        // 9 KB < 80 KB < 700 KB, but "700" < "80" < "9" as text; likewise 2.0.0 < 10.0.0.
        model.setPacks({pack("s.big", "beta", "2.0.0", 700000),
                        pack("s.small", "Gamma", "1.9.0", 9000),
                        pack("s.mid", "alpha", "10.0.0", 80000)});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PackListModel::SortRole);
        proxy.sort(column);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(PackListModel::PackIdRole).toString();
        QCOMPARE(ids, expectedIds);
    }

    void flagsPassedReviewDate()
    {
        PackListModel model;
        model.setPacks({pack("old.pack", "Old", "1.0.0", 1, QDate(2001, 1, 1)),
                        pack("new.pack", "New", "1.0.0", 1)});
        QVERIFY(model.index(0, 0).data(PackListModel::ReviewPassedRole).toBool());
        QVERIFY(model.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Review date passed")));
        QVERIFY(!model.index(1, 0).data(PackListModel::ReviewPassedRole).toBool());
    }

    void languageNames_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("expected");
        QTest::newRow("language only") << "es"
                                       << "Spanish";
        QTest::newRow("with territory") << "pt-BR"
                                        << "Portuguese (Brazil)";
        QTest::newRow("unknown tag kept") << "zz-invalid"
                                          << "zz-invalid";
    }
    void languageNames()
    {
        QFETCH(QString, tag);
        QFETCH(QString, expected);
        QCOMPARE(PackListModel::languageName(tag), expected);
    }
};

QTEST_MAIN(tst_PackListModel)
#include "tst_packlistmodel.moc"
