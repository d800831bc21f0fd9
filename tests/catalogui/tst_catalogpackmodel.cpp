// The catalog browser's Status column follows the download queue: what a pack's download
// is doing while it runs, the short reason after a failure, the installed status after.
#include "browserdriver.h"
#include "catalogfixture.h"
#include "faultserver.h"
#include "oht/catalogui/downloadrow.h"
#include "oht/catalogui/downloadspanel.h"
#include "oht/catalogui/packdetailspanel.h"
#include "testpacks.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace oht;
using namespace oht::catalogui;
using namespace oht::test;

namespace {

/// A web catalog on the fault server: one FaultServer per pack (each serves one file).
struct WebCatalog
{
    FaultServer catalogServer{{}};
    std::vector<std::unique_ptr<FaultServer>> packServers;
    QList<catalog::CatalogEntry> entries;

    /// Adds a pack served with `plan`; `flipByte` damages the served file.
    FaultServer *add(CatalogFixture &f, const PackSpec &spec, QList<FaultServer::Step> plan,
                     bool flipByte = false)
    {
        auto entry = f.buildPack(spec, f.filePath(QStringLiteral("server")));
        QByteArray body = TestPacks::readAll(entry.url.toLocalFile());
        if (flipByte)
            body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x40);
        auto &server = packServers.emplace_back(std::make_unique<FaultServer>(body));
        server->setPlan(std::move(plan));
        if (!server->start())
            return nullptr;
        entry.url = server->url(spec.id + QStringLiteral(".ohtpack"));
        entries << entry;
        return server.get();
    }

    bool open(Browser &b)
    {
        if (!catalogServer.start())
            return false;
        catalog::Catalog document;
        document.title = QStringLiteral("Web");
        document.url = catalogServer.url(QStringLiteral("catalog.json"));
        document.packs = entries;
        catalogServer.setBody(document.toJson());
        QSignalSpy loaded(&b.browser, &CatalogBrowser::catalogLoaded);
        QTest::keyClicks(b.browser.addSourceField(), document.url.toString());
        QTest::mouseClick(b.browser.addSourceButton(), Qt::LeftButton);
        return loaded.wait(kTimeout) || loaded.count() > 0;
    }
};

QModelIndex statusCell(QTableView *table, const QString &packId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, CatalogPackModel::Status);
        if (index.data(CatalogPackModel::PackIdRole).toString() == packId)
            return index;
    }
    return {};
}

QString statusText(QTableView *table, const QString &packId)
{
    return statusCell(table, packId).data().toString();
}

void download(Browser &b, const QString &packId)
{
    clickRow(b.browser.table(), packId);
    QTest::mouseClick(b.browser.details()->actionButton(), Qt::LeftButton);
}

/// Every text the Status cell of one pack showed, in order, without repeats.
class StatusRecorder : public QObject
{
public:
    StatusRecorder(QTableView *table, QString packId) : m_table(table), m_packId(std::move(packId))
    {
        QAbstractItemModel *model = table->model();
        connect(model, &QAbstractItemModel::dataChanged, this, &StatusRecorder::record);
        connect(model, &QAbstractItemModel::modelReset, this, &StatusRecorder::record);
        connect(model, &QAbstractItemModel::layoutChanged, this, &StatusRecorder::record);
        record();
    }
    QStringList texts;

private:
    void record()
    {
        const QString text = statusText(m_table, m_packId);
        if (!text.isEmpty() && (texts.isEmpty() || texts.last() != text))
            texts << text;
    }
    QTableView *m_table;
    QString m_packId;
};

} // namespace

class TestCatalogPackModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void statusFollowsTheDownloads()
    {
        CatalogFixture f;
        WebCatalog web;
        PackSpec first(QStringLiteral("org.example.first"));
        first.title = QStringLiteral("First course");
        PackSpec second(QStringLiteral("org.example.second"));
        second.title = QStringLiteral("Second course");
        // Each first response stops (half way, a quarter of the way) and stalls.
        FaultServer *firstServer = web.add(f, first, {});
        QVERIFY(firstServer);
        const qint64 size = web.entries.last().size;
        firstServer->setPlan({{FaultServer::Fault::Stall, size / 2}});
        const QString half = QStringLiteral("Downloading %1 %").arg((size / 2) * 100 / size);
        FaultServer *secondServer = web.add(f, second, {});
        QVERIFY(secondServer);
        const qint64 secondSize = web.entries.last().size;
        secondServer->setPlan({{FaultServer::Fault::Stall, secondSize / 4}});
        const QString quarter =
            QStringLiteral("Downloading %1 %").arg((secondSize / 4) * 100 / secondSize);
        Browser b(f);
        QVERIFY(web.open(b));
        QTableView *table = b.browser.table();
        QCOMPARE(statusText(table, first.id), QStringLiteral("Not installed"));
        StatusRecorder firstTexts(table, first.id);

        download(b, first.id);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(table, first.id), half, kTimeout);
        // One download at a time: the second waits in line.
        download(b, second.id);
        QCOMPARE(statusText(table, second.id), QStringLiteral("Queued"));

        QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
        QVERIFY(b.browser.grab().save(
            QStringLiteral(OHT_BINARY_DIR "/screenshots/catalog-browser-download-status.png")));

        // Pausing the first lets the second run.
        DownloadRow *firstRow = b.browser.downloads()->row(first.id);
        QVERIFY(firstRow);
        QTest::mouseClick(firstRow->pauseButton(), Qt::LeftButton);
        QCOMPARE(statusText(table, first.id), QStringLiteral("Paused"));
        QTRY_COMPARE_WITH_TIMEOUT(statusText(table, second.id), quarter, kTimeout);
        // Resumed, the first waits behind the second; pausing the second lets it finish.
        QTest::mouseClick(firstRow->pauseButton(), Qt::LeftButton);
        QCOMPARE(statusText(table, first.id), QStringLiteral("Queued"));
        QSignalSpy installed(&b.installer, &InstallController::installed);
        QTest::mouseClick(b.browser.downloads()->row(second.id)->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(installed.count(), 1, kTimeout);

        QCOMPARE(statusText(table, first.id), QStringLiteral("Installed"));
        QCOMPARE(statusText(table, second.id), QStringLiteral("Paused"));
        QCOMPARE(f.installedIds(), QStringList{QStringLiteral("org.example.first@1.0.0")});
        // Everything in between was told, in order.
        const QStringList expected = {
            QStringLiteral("Not installed"), half,
            QStringLiteral("Paused"),        QStringLiteral("Queued"),
            QStringLiteral("Checking…"),     QStringLiteral("Installing…"),
            QStringLiteral("Installed")};
        QStringList seen = firstTexts.texts;
        // Progress before the stall may show smaller percentages; they are not the point.
        seen.erase(std::remove_if(seen.begin(), seen.end(),
                                  [&half](const QString &text) {
                                      return text.startsWith(QStringLiteral("Downloading")) &&
                                             text != half;
                                  }),
                   seen.end());
        // The resumed half may arrive in one piece or several.
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        QVERIFY2(seen.size() >= expected.size(), qPrintable(seen.join(u'|')));
        int at = 0;
        for (const QString &text : seen) {
            if (at < expected.size() && text == expected.at(at))
                ++at;
        }
        QVERIFY2(at == expected.size(), qPrintable(seen.join(u'|')));
    }

    void aFailureSaysWhyInShort_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("flipByte");
        QTest::addColumn<bool>("badSignature");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("not on the server") << int(FaultServer::Fault::NotFound) << false << false
                                           << "Download failed: the server refused it"
                                           << "Refused course could not be downloaded";
        QTest::newRow("damaged on the way")
            << int(FaultServer::Fault::Normal) << true << false << "Download failed: damaged file"
            << "is not the file the catalog lists";
        QTest::newRow("signature does not match") << int(FaultServer::Fault::Normal) << false
                                                  << true << "Not installed: signature not trusted"
                                                  << "“Refused course” was not installed";
    }
    void aFailureSaysWhyInShort()
    {
        QFETCH(int, fault);
        QFETCH(bool, flipByte);
        QFETCH(bool, badSignature);
        QFETCH(QString, status);
        QFETCH(QString, toolTip);
        CatalogFixture f;
        WebCatalog web;
        PackSpec spec(QStringLiteral("org.example.refused"));
        spec.title = QStringLiteral("Refused course");
        spec.badSignature = badSignature;
        QVERIFY(web.add(f, spec, {{FaultServer::Fault(fault), 0}}, flipByte));
        Browser b(f);
        QVERIFY(web.open(b));
        QTableView *table = b.browser.table();

        download(b, spec.id);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(table, spec.id), status, kTimeout);
        const QString tip = statusCell(table, spec.id).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(toolTip), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("..")), qPrintable(tip));
        QVERIFY(f.installedIds().isEmpty());
        if (badSignature) {
            QDir().mkpath(QStringLiteral(OHT_BINARY_DIR "/screenshots"));
            QVERIFY(b.browser.grab().save(
                QStringLiteral(OHT_BINARY_DIR "/screenshots/catalog-browser-refused-status.png")));
        }

        // Removed from the downloads, the pack is simply not installed again.
        DownloadRow *row = b.browser.downloads()->row(spec.id);
        QVERIFY(row);
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(statusText(table, spec.id), QStringLiteral("Not installed"));
        QVERIFY(statusCell(table, spec.id).data(Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestCatalogPackModel)
#include "tst_catalogpackmodel.moc"
