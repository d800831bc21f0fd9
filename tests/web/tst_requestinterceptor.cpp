#include "fakepackcontent.h"
#include "hitrecorderserver.h"
#include "oht/web/requestinterceptor.h"
#include "oht/web/sealedprofile.h"
#include "webtesting.h"
#include "webtestmain.h"

#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace oht;
using namespace oht::web;

class TestRequestInterceptor : public QObject
{
    Q_OBJECT

private:
    test::FakePackContent m_content;
    test::HitRecorderServer m_server;

    QString leakyHtml(const QString &tag) const
    {
        const QString base = QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.port()).arg(tag);
        // No CSP here: only the interceptor stands between these and the server.
        return QStringLiteral("<html><body><img src=\"%1-img\">"
                              "<iframe src=\"%1-frame\"></iframe>"
                              "<link rel=stylesheet href=\"%1-css\">"
                              "<script src=\"%1-script\"></script>"
                              "<img src=\"oht-pack://org.example.b/media/b.png\">"
                              "</body></html>")
            .arg(base);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_content.addPack(QStringLiteral("org.example.a"));
        m_content.addPack(QStringLiteral("org.example.b"));
        m_content.addFile(QStringLiteral("org.example.b"), QStringLiteral("media/b.png"), "png");
    }

    void isAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("initiator");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("app opens a lesson") << "oht-pack://org.example.a/lessons/a.md"
                                            << "" << true;
        QTest::newRow("same pack") << "oht-pack://org.example.a/media/x.png"
                                   << "oht-pack://org.example.a" << true;
        QTest::newRow("other pack") << "oht-pack://org.example.b/secret.json"
                                    << "oht-pack://org.example.a" << false;
        QTest::newRow("opaque initiator") << "oht-pack://org.example.a/x.png"
                                          << "null" << false;
        QTest::newRow("data") << "data:image/png;base64,AAAA"
                              << "oht-pack://org.example.a" << true;
        QTest::newRow("blob") << "blob:oht-pack://org.example.a/1234"
                              << "oht-pack://org.example.a" << true;
        QTest::newRow("http") << "http://127.0.0.1/x"
                              << "oht-pack://org.example.a" << false;
        QTest::newRow("http from app") << "http://example.org/"
                                       << "" << false;
        QTest::newRow("https") << "https://example.org/x"
                               << "oht-pack://org.example.a" << false;
        QTest::newRow("websocket") << "ws://127.0.0.1:1/x"
                                   << "oht-pack://org.example.a" << false;
        QTest::newRow("file") << "file:///etc/hostname"
                              << "oht-pack://org.example.a" << false;
        QTest::newRow("ftp") << "ftp://example.org/x"
                             << "" << false;
        QTest::newRow("qrc") << "qrc:/oht/web/lesson.css"
                             << "oht-pack://org.example.a" << false;
    }
    void isAllowed()
    {
        QFETCH(QString, url);
        QFETCH(QString, initiator);
        QFETCH(bool, allowed);
        QCOMPARE(RequestInterceptor::isAllowed(QUrl(url), QUrl(initiator)), allowed);
    }

    void controlPageWithoutTheSealReachesTheServer()
    {
        // Proves the detection works: the same markup in a plain profile hits the server.
        QWebEngineProfile plain;
        QWebEnginePage page(&plain);
        page.setHtml(leakyHtml(QStringLiteral("control")),
                     QUrl(QStringLiteral("http://127.0.0.1/")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.hitsContaining(QStringLiteral("control-img")).isEmpty(),
                                 20000);
    }

    void sealedProfileBlocksEveryRemoteRequest()
    {
        SealedProfile sealed(m_content);
        QSignalSpy blocked(sealed.interceptor(), &RequestInterceptor::requestBlocked);
        QWebEnginePage page(sealed.profile());
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(leakyHtml(QStringLiteral("sealed")),
                     QUrl(QStringLiteral("oht-pack://org.example.a/")));
        QVERIFY(loaded.wait(20000));
        test::settle(1500);

        QCOMPARE(m_server.hitsContaining(QStringLiteral("sealed")), QStringList());
        QStringList urls;
        for (const BlockedRequest &request : sealed.interceptor()->blockedRequests())
            urls << request.url.toString();
        for (const QString &tag : {"img", "frame", "css", "script"})
            QVERIFY2(!urls.filter(QStringLiteral("sealed-") + tag).isEmpty(),
                     qPrintable(urls.join(' ')));
        QVERIFY2(!urls.filter(QStringLiteral("oht-pack://org.example.b")).isEmpty(),
                 qPrintable(urls.join(' ')));
        QCOMPARE(blocked.count(), sealed.interceptor()->blockedRequests().size());
    }

    void appNavigationToTheWebIsBlocked()
    {
        SealedProfile sealed(m_content);
        QWebEnginePage page(sealed.profile());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/direct").arg(m_server.port()));
        QVERIFY(!test::loadAndWait(&page, url));
        QCOMPARE(m_server.hitsContaining(QStringLiteral("direct")), QStringList());
        QVERIFY(!sealed.interceptor()->blockedRequests().isEmpty());
        QCOMPARE(sealed.interceptor()->blockedRequests().last().url, url);
    }
};

OHT_WEB_TEST_MAIN(TestRequestInterceptor)
#include "tst_requestinterceptor.moc"
