#pragma once

// Drives a CatalogBrowser in tests: the browser with its installer on a fixture, and the
// clicks and keys a learner uses.
#include "catalogfixture.h"
#include "oht/catalogui/catalogbrowser.h"
#include "oht/catalogui/catalogpackmodel.h"
#include "oht/catalogui/installcontroller.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace oht::test {

using catalogui::CatalogBrowser;
using catalogui::CatalogPackModel;
using catalogui::InstallController;

inline constexpr int kTimeout = 30'000;

/// The browser with its installer, on a fixture.
struct Browser
{
    explicit Browser(CatalogFixture &f)
        : installer(f.library(), f.config(), f.queue()),
          browser(f.library(), f.config(), f.queue(), installer, &f.network())
    {
        browser.show();
    }
    InstallController installer;
    CatalogBrowser browser;
};

inline void clickRow(QTableView *table, const QString &packId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, CatalogPackModel::Title);
        if (index.data(CatalogPackModel::PackIdRole).toString() == packId) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(packId)));
}

inline QStringList visibleIds(QTableView *table)
{
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(CatalogPackModel::PackIdRole).toString();
    ids.sort();
    return ids;
}

inline bool addFolder(Browser &b, const QString &folder)
{
    QSignalSpy loaded(&b.browser, &CatalogBrowser::catalogLoaded);
    b.browser.addSourceField()->clear();
    QTest::keyClicks(b.browser.addSourceField(), folder);
    QTest::mouseClick(b.browser.addSourceButton(), Qt::LeftButton);
    return loaded.wait(kTimeout) || loaded.count() > 0;
}

inline QList<PackSpec> twoPacks()
{
    PackSpec malaria{QStringLiteral("org.example.malaria")};
    malaria.title = QStringLiteral("Malaria basics");
    malaria.tags = {QStringLiteral("malaria"), QStringLiteral("fever")};
    PackSpec water{QStringLiteral("org.example.water")};
    water.title = QStringLiteral("Agua limpia");
    water.language = QStringLiteral("es");
    water.tags = {QStringLiteral("water")};
    return {malaria, water};
}

} // namespace oht::test
