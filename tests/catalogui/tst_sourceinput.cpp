#include "oht/catalogui/sourceinput.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using oht::catalog::CatalogSource;
using oht::catalogui::SourceInput;

/// What a learner types as a catalog: every refused input has a specific message.
class TestSourceInput : public QObject
{
    Q_OBJECT

private:
    test::TempDataDir m_dir;
    QString expand(QString text) const
    {
        return text.replace(QStringLiteral("@DIR@"), m_dir.path());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(m_dir.filePath(QStringLiteral("usb")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("empty")));
        QFile file(m_dir.filePath(QStringLiteral("usb/catalog.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        QFile other(m_dir.filePath(QStringLiteral("usb/notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral(" https://packs.example.org/catalog.json ")
                               << QStringLiteral("https://packs.example.org/catalog.json");
        QTest::newRow("http folder") << QStringLiteral("http://hub.local/packs/")
                                     << QStringLiteral("http://hub.local/packs/");
        QTest::newRow("no scheme") << QStringLiteral("packs.example.org/catalog.json")
                                   << QStringLiteral("http://packs.example.org/catalog.json");
        QTest::newRow("folder") << QStringLiteral("@DIR@/usb")
                                << QStringLiteral("file://@DIR@/usb");
        QTest::newRow("catalog file")
            << QStringLiteral("@DIR@/usb/catalog.json") << QStringLiteral("file://@DIR@/usb");
        QTest::newRow("file url") << QStringLiteral("file://@DIR@/usb")
                                  << QStringLiteral("file://@DIR@/usb");
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, url);
        const auto source = SourceInput::parse(expand(input), {});
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().message));
        QCOMPARE(source->url.toString(), expand(url));
        QVERIFY(!source->name.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("catalogui.empty")
                               << QStringLiteral("Type the web address");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/c.json")
                             << QStringLiteral("catalogui.bad-scheme")
                             << QStringLiteral("“ftp://example.org/c.json” is not a web address");
        QTest::newRow("javascript")
            << QStringLiteral("javascript:alert(1)") << QStringLiteral("catalogui.bad-scheme")
            << QStringLiteral("is not a web address");
        QTest::newRow("no host") << QStringLiteral("https:///catalog.json")
                                 << QStringLiteral("catalogui.no-host")
                                 << QStringLiteral("has no server name");
        QTest::newRow("password") << QStringLiteral("https://me:secret@example.org/c.json")
                                  << QStringLiteral("catalogui.user-info")
                                  << QStringLiteral("user name or password");
        QTest::newRow("missing folder")
            << QStringLiteral("@DIR@/unplugged") << QStringLiteral("catalogui.no-folder")
            << QStringLiteral("does not exist");
        QTest::newRow("no catalog.json")
            << QStringLiteral("@DIR@/empty") << QStringLiteral("catalogui.no-catalog-file")
            << QStringLiteral("has no catalog.json");
        QTest::newRow("other file")
            << QStringLiteral("@DIR@/usb/notes.txt") << QStringLiteral("catalogui.not-catalog")
            << QStringLiteral("is not a catalog");
        QTest::newRow("duplicate folder")
            << QStringLiteral("@DIR@/usb/") << QStringLiteral("catalogui.duplicate")
            << QStringLiteral("“Stick” is already in the list");
        QTest::newRow("duplicate url")
            << QStringLiteral("https://packs.example.org/") << QStringLiteral("catalogui.duplicate")
            << QStringLiteral("“Web” is already in the list");
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const QList<CatalogSource> existing{
            CatalogSource::fromFolder(m_dir.filePath(QStringLiteral("usb")),
                                      QStringLiteral("Stick")),
            {QStringLiteral("Web"),
             QUrl(QStringLiteral("https://packs.example.org/catalog.json"))}};
        const auto source = SourceInput::parse(expand(input), existing);
        QVERIFY(!source.ok());
        QCOMPARE(source.error().code, code);
        QVERIFY2(source.error().message.contains(message), qPrintable(source.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSourceInput)
#include "tst_sourceinput.moc"
