#include "oht/catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace oht::catalog;

namespace {

const QString kSha = QString(64, QLatin1Char('a'));

QJsonObject validEntry()
{
    return QJsonObject{
        {"id", "org.example.course"},
        {"version", "1.2.0"},
        {"title", "A course"},
        {"description", "Text"},
        {"language", "en-GB"},
        {"tags", QJsonArray{"intro", "data"}},
        {"size", 12345},
        {"sha256", kSha},
        {"url", "packs/course-1.2.0.ohtpack"},
        {"changelog", "## 1.2.0\n- New lesson"},
        {"signature",
         QJsonObject{{"keyId", "0123456789abcdef"},
                     {"algorithm", "ed25519"},
                     {"signature", QString::fromLatin1(QByteArray(64, 's').toBase64())}}}};
}

QByteArray document(const QJsonArray &packs, int format = 1)
{
    return QJsonDocument(QJsonObject{{"formatVersion", format}, {"title", "T"}, {"packs", packs}})
        .toJson();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryField()
    {
        const QUrl url(QStringLiteral("https://packs.example.org/hub/catalog.json"));
        const auto catalog = Catalog::parse(document({validEntry()}), url);
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
        QCOMPARE(catalog->title, QStringLiteral("T"));
        QCOMPARE(catalog->packs.size(), 1);
        const CatalogEntry &e = catalog->packs.first();
        QCOMPARE(e.id, QStringLiteral("org.example.course"));
        QCOMPARE(e.version.toString(), QStringLiteral("1.2.0"));
        QCOMPARE(e.language, QStringLiteral("en-GB"));
        QCOMPARE(e.tags, QStringList({"intro", "data"}));
        QCOMPARE(e.size, 12345);
        QCOMPARE(e.sha256Hex, kSha.toLatin1());
        QCOMPARE(e.url,
                 QUrl(QStringLiteral("https://packs.example.org/hub/packs/course-1.2.0.ohtpack")));
        QCOMPARE(e.changelog, QStringLiteral("## 1.2.0\n- New lesson"));
        QVERIFY(e.signature.has_value());
        QCOMPARE(e.signature->keyId, QStringLiteral("0123456789abcdef"));
        QCOMPARE(e.signature->signature, QByteArray(64, 's'));
        QCOMPARE(catalog->find(QStringLiteral("org.example.course")), &catalog->packs.first());
        QCOMPARE(catalog->find(QStringLiteral("org.example.other")), nullptr);
    }

    void resolvesUrls_data()
    {
        QTest::addColumn<QString>("catalogUrl");
        QTest::addColumn<QString>("packUrl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative, web") << "https://h.org/a/catalog.json"
                                       << "p/x.ohtpack"
                                       << "https://h.org/a/p/x.ohtpack";
        QTest::newRow("parent folder") << "https://h.org/a/catalog.json"
                                       << "../x.ohtpack"
                                       << "https://h.org/x.ohtpack";
        QTest::newRow("absolute other host") << "https://h.org/catalog.json"
                                             << "https://cdn.org/x.ohtpack"
                                             << "https://cdn.org/x.ohtpack";
        QTest::newRow("relative, usb folder") << "file:///media/usb/catalog.json"
                                              << "x.ohtpack"
                                              << "file:///media/usb/x.ohtpack";
        QTest::newRow("usb catalog, web pack") << "file:///media/usb/catalog.json"
                                               << "https://h.org/x.ohtpack"
                                               << "https://h.org/x.ohtpack";
        QTest::newRow("space encoded") << "file:///media/usb/catalog.json"
                                       << "my%20pack.ohtpack"
                                       << "file:///media/usb/my pack.ohtpack";
    }
    void resolvesUrls()
    {
        QFETCH(QString, catalogUrl);
        QFETCH(QString, packUrl);
        QFETCH(QString, expected);
        QJsonObject entry = validEntry();
        entry["url"] = packUrl;
        const auto catalog = Catalog::parse(document({entry}), QUrl(catalogUrl));
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
        QCOMPARE(catalog->packs.first().url, QUrl(expected));
    }

    void refusesBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject e = validEntry();
            if (value.isUndefined())
                e.remove(QLatin1String(key));
            else
                e[QLatin1String(key)] = value;
            return document({e});
        };
        QTest::newRow("not json") << QByteArray("{") << "catalog.invalid";
        QTest::newRow("array") << QByteArray("[]") << "catalog.invalid";
        QTest::newRow("newer format") << document({}, 2) << "catalog.unsupported-format";
        QTest::newRow("no formatVersion") << QByteArray(R"({"packs": []})") << "catalog.invalid";
        QTest::newRow("packs not a list")
            << QByteArray(R"({"formatVersion":1,"packs":{}})") << "catalog.invalid";
        QTest::newRow("entry not object") << document({1}) << "catalog.invalid";
        QTest::newRow("bad id") << with("id", "Not An Id") << "catalog.invalid";
        QTest::newRow("no id") << with("id", QJsonValue::Undefined) << "catalog.invalid";
        QTest::newRow("bad version") << with("version", "1.2") << "catalog.invalid";
        QTest::newRow("no title") << with("title", "") << "catalog.invalid";
        QTest::newRow("no language")
            << with("language", QJsonValue::Undefined) << "catalog.invalid";
        QTest::newRow("size zero") << with("size", 0) << "catalog.invalid";
        QTest::newRow("size fraction") << with("size", 1.5) << "catalog.invalid";
        QTest::newRow("size text") << with("size", "12") << "catalog.invalid";
        QTest::newRow("sha short") << with("sha256", "abc") << "catalog.invalid";
        QTest::newRow("sha upper") << with("sha256", QString(64, 'A')) << "catalog.invalid";
        QTest::newRow("no url") << with("url", QJsonValue::Undefined) << "catalog.invalid";
        QTest::newRow("remote catalog, local file")
            << with("url", "file:///etc/passwd") << "catalog.invalid";
        QTest::newRow("ftp url") << with("url", "ftp://h.org/x.ohtpack") << "catalog.invalid";
        QTest::newRow("bad minAppVersion") << with("minAppVersion", "soon") << "catalog.invalid";
        QTest::newRow("signature algorithm")
            << with("signature", QJsonObject{{"keyId", "0123456789abcdef"},
                                             {"algorithm", "rsa"},
                                             {"signature", "AAAA"}})
            << "catalog.unsupported-algorithm";
        QTest::newRow("signature key id")
            << with("signature",
                    QJsonObject{{"keyId", "xyz"},
                                {"algorithm", "ed25519"},
                                {"signature", QString::fromLatin1(QByteArray(64, 's').toBase64())}})
            << "catalog.bad-signature-format";
        QTest::newRow("signature length")
            << with("signature", QJsonObject{{"keyId", "0123456789abcdef"},
                                             {"algorithm", "ed25519"},
                                             {"signature", "AAAA"}})
            << "catalog.bad-signature-format";
        QTest::newRow("duplicate id")
            << document({validEntry(), validEntry()}) << "catalog.invalid";
    }
    void refusesBadDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        const auto catalog =
            Catalog::parse(json, QUrl(QStringLiteral("https://h.org/catalog.json")));
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, code);
        QVERIFY(!catalog.error().message.isEmpty());
        QVERIFY(!catalog.error().message.contains(QLatin1Char('\n')));
    }

    void roundTripsWithRelativeUrls()
    {
        const QUrl url(QStringLiteral("file:///media/usb/catalog.json"));
        const auto catalog = Catalog::parse(document({validEntry()}), url);
        QVERIFY(catalog.ok());
        const QByteArray written = catalog->toJson();
        const QJsonObject root = QJsonDocument::fromJson(written).object();
        QCOMPARE(root["packs"].toArray().first().toObject()["url"].toString(),
                 QStringLiteral("packs/course-1.2.0.ohtpack"));
        const auto again = Catalog::parse(written, url);
        QVERIFY(again.ok());
        QCOMPARE(again->packs.first().url, catalog->packs.first().url);
        QCOMPARE(again->packs.first().signature->signature,
                 catalog->packs.first().signature->signature);
        QCOMPARE(again->toJson(), written);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
