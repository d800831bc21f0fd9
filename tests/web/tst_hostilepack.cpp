#include "desktopurlrecorder.h"
#include "hitrecorderserver.h"
#include "oht/library/library.h"
#include "oht/packio/packbuilder.h"
#include "oht/web/lessonpage.h"
#include "oht/web/lessonview.h"
#include "oht/web/librarypackcontent.h"
#include "oht/web/requestinterceptor.h"
#include "oht/web/sealedprofile.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"
#include "webtesting.h"
#include "webtestmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace oht;
using namespace oht::web;

namespace {
const QString kHostile = QStringLiteral("org.example.hostile");
const QString kSecret = QStringLiteral("org.example.secret");
const QByteArray kGif =
    QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

/// The hostile lesson: every way out we could think of, in markup; hostile.js does
/// the rest and reports. `tag` marks the server paths of this run.
QByteArray hostileLesson(quint16 port, const QString &tag, bool withNavigations)
{
    const QString web = QStringLiteral("http://127.0.0.1:%1/%2-").arg(port).arg(tag);
    QString html = QStringLiteral("<!DOCTYPE html><html><head><title>Hostile</title></head><body>\n"
                                  "<h1>Hostile lesson</h1><p>This lesson tries to get out.</p>\n");
    if (withNavigations)
        html += QStringLiteral("<meta http-equiv=\"refresh\" content=\"1;url=%1meta-refresh\">\n");
    html += QStringLiteral(
        "<base href=\"%1base/\">\n"
        "<img id=\"img-static\" src=\"%1img-static\" alt=\"\">\n"
        "<img id=\"img-base\" src=\"relative.gif\" alt=\"\">\n"
        "<img src=\"data:,\" alt=\"\" onerror=\"window.ohtHandlerRan=true\">\n"
        "<div style=\"width:10px;height:10px;background-image:url(%1css-static)\"></div>\n"
        "<iframe id=\"file-frame\" src=\"file:///etc/hostname\"></iframe>\n"
        "<form id=\"post-form\" method=\"post\" action=\"%1form-post\" target=\"form-frame\">"
        "<input name=\"q\" value=\"1\"></form>\n"
        "<iframe id=\"form-frame\" name=\"form-frame\"></iframe>\n"
        "<form id=\"top-form\" method=\"post\" action=\"%1form-post-top\">"
        "<input name=\"q\" value=\"1\"></form>\n"
        "<video id=\"video\" src=\"%1video\"></video>\n"
        "<embed id=\"embed\" src=\"%1embed\" type=\"image/gif\">\n"
        "<script>window.ohtInlineRan = true;</script>\n"
        "<script src=\"../media/hostile.js\"></script>\n"
        "</body></html>\n");
    return html.arg(web).toUtf8();
}

QByteArray hostileScript(quint16 port, const QString &tag)
{
    QFile file(QStringLiteral(OHT_SOURCE_DIR "/tests/web/data/hostile.js"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll()
        .replace("@PORT@", QByteArray::number(port))
        .replace("@TAG@", tag.toUtf8());
}

void setLessonFile(test::PackSourceWriter &writer, const QString &file)
{
    QJsonObject &manifest = writer.manifest();
    QJsonArray modules = manifest.value(QLatin1String("modules")).toArray();
    QJsonObject module = modules.first().toObject();
    QJsonArray items = module.value(QLatin1String("items")).toArray();
    QJsonObject lesson = items.first().toObject();
    lesson.insert(QStringLiteral("file"), file);
    items.replace(0, lesson);
    module.insert(QStringLiteral("items"), items);
    modules.replace(0, module);
    manifest.insert(QStringLiteral("modules"), modules);
}

const QStringList kAttempts = {
    "img-static",
    "img-dynamic",
    "css-url",
    "base-href",
    "xhr",
    "fetch",
    "websocket",
    "beacon",
    "iframe-file",
    "xhr-other-pack",
    "fetch-other-pack",
    "img-other-pack",
    "window-open",
    "form-post",
    "form-post-top",
    "meta-refresh",
    "top-navigation",
    "video",
    "embed",
    "inline-script",
    "inline-handler",
    "eval",
    "local-storage",
};
} // namespace

/// The sealed reader against a real hostile pack, imported into a real library, and a
/// real HTTP server on this machine that records every hit.
class TestHostilePack : public QObject
{
    Q_OBJECT

private:
    test::TempDataDir m_dir;
    test::HitRecorderServer m_server;
    std::unique_ptr<library::Library> m_library;
    std::unique_ptr<LibraryPackContent> m_content;
    std::unique_ptr<LessonView> m_view;
    QVariantMap m_results;
    QStringList m_violations;
    QStringList m_blockedNavigations;

    bool buildAndImport(const test::PackSourceWriter &writer, const QString &name)
    {
        const QString source = m_dir.filePath(name);
        const QString built = m_dir.filePath(name + QStringLiteral(".ohtpack"));
        if (!writer.writeTo(source))
            return false;
        packio::BuildReport report;
        const auto build = packio::PackBuilder().build(source, built, report);
        if (!build) {
            qWarning() << "build" << name << build.error().message;
            return false;
        }
        const auto imported = m_library->importPack(built);
        if (!imported)
            qWarning() << "import" << name << imported.error().message;
        return imported.ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        auto library = library::Library::open(m_dir.filePath(QStringLiteral("data")));
        QVERIFY2(library.ok(), library.ok() ? "" : qPrintable(library.error().message));
        m_library = std::move(*library);

        test::PackSourceWriter secret(kSecret);
        secret.setFile(QStringLiteral("media/secret.json"), "{\"secret\":\"TOP-SECRET-MARKER\"}");
        secret.setFile(QStringLiteral("media/pixel.gif"), kGif);
        QVERIFY(buildAndImport(secret, QStringLiteral("secret")));

        test::PackSourceWriter hostile(kHostile);
        setLessonFile(hostile, QStringLiteral("lessons/hostile.html"));
        hostile.removeFile(QStringLiteral("lessons/lesson-1.md"));
        hostile.setFile(QStringLiteral("lessons/hostile.html"),
                        hostileLesson(m_server.port(), QStringLiteral("sealed"), true));
        hostile.setFile(QStringLiteral("lessons/relative.gif"), kGif);
        hostile.setFile(QStringLiteral("media/hostile.js"),
                        hostileScript(m_server.port(), QStringLiteral("sealed")));
        QVERIFY(buildAndImport(hostile, QStringLiteral("hostile")));

        m_content = std::make_unique<LibraryPackContent>(*m_library);
        m_view = std::make_unique<LessonView>(*m_content);
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        auto *page = qobject_cast<LessonPage *>(m_view->page());
        QVERIFY(page);
        connect(page, &LessonPage::navigationBlocked, this,
                [this](const QUrl &url) { m_blockedNavigations << url.toString(); });

        QSignalSpy finished(m_view.get(), &LessonView::loadFinished);
        QVERIFY(m_view->openLesson(kHostile, QStringLiteral("lesson-1")).ok());
        // Generous: Chromium's first start on a loaded 2-core machine can take long.
        QVERIFY(finished.count() > 0 || finished.wait(90000));
        QVERIFY(finished.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            test::evalJs(page, QStringLiteral("!!(window.ohtHostile && window.ohtHostile.done)"))
                .toBool(),
            30000);
        test::settle(1500); // late refreshes, retries
        const QVariantMap state = test::evalJs(page, QStringLiteral("window.ohtHostile")).toMap();
        m_results = state.value(QStringLiteral("results")).toMap();
        m_violations = state.value(QStringLiteral("violations")).toStringList();

        qInfo().noquote() << "page checks:"
                          << QJsonDocument::fromVariant(m_results).toJson(QJsonDocument::Compact);
        qInfo().noquote() << "CSP violations:" << m_violations.join(QStringLiteral(" | "));
        QStringList intercepted;
        for (const BlockedRequest &request : m_view->profile()->interceptor()->blockedRequests())
            intercepted << request.url.toString();
        qInfo().noquote() << "interceptor blocked:" << intercepted.join(QStringLiteral(" | "));
        qInfo().noquote() << "navigations refused:"
                          << m_blockedNavigations.join(QStringLiteral(" | "));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_content.reset();
        m_library.reset();
    }

    void serverRecordedNoHits() { QCOMPARE(m_server.hits(), QStringList()); }

    void lessonIsStillShown()
    {
        QCOMPARE(m_view->page()->url().adjusted(QUrl::RemoveFragment),
                 QUrl(QStringLiteral("oht-pack://org.example.hostile/lessons/hostile.html")));
        QCOMPARE(m_view->page()->title(), QStringLiteral("First lesson"));
    }

    void everyAttemptReported()
    {
        QStringList reported = m_results.keys();
        QStringList expected = kAttempts;
        reported.sort();
        expected.sort();
        QCOMPARE(reported, expected);
    }

    void attemptBlocked_data()
    {
        QTest::addColumn<QString>("attempt");
        for (const QString &attempt : kAttempts)
            QTest::newRow(qPrintable(attempt)) << attempt;
    }
    void attemptBlocked()
    {
        QFETCH(QString, attempt);
        QCOMPARE(m_results.value(attempt).toString(), QStringLiteral("blocked"));
    }

    void aClickedLinkNeverStartsAProgram()
    {
        // A pack may link to a scheme some program claims (ms-msdt: once ran code on a
        // click) and ask the learner to click it: refused. mailto: is only shown as text.
        test::DesktopUrlRecorder desktop;
        QWebEnginePage *page = m_view->page();
        QSignalSpy external(m_view.get(), &LessonView::externalLinkActivated);
        QVERIFY(test::evalJs(page, QStringLiteral("(function(){var p=document.createElement('p');"
                                                  "p.innerHTML='<a id=\"msdt\" href=\"ms-msdt:/id "
                                                  "PCWDiagnostic\">Fix it</a> <a id=\"mail\" "
                                                  "href=\"mailto:tutor@example.org\">Mail</a>';"
                                                  "document.body.prepend(p);return true;})()"))
                    .toBool());
        QVERIFY(test::clickElement(page, m_view->webView(), QStringLiteral("#msdt")));
        test::settle(700);
        QCOMPARE(external.count(), 0);
        QVERIFY(test::clickElement(page, m_view->webView(), QStringLiteral("#mail")));
        QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 10000);
        QCOMPARE(external.first().first().toUrl(),
                 QUrl(QStringLiteral("mailto:tutor@example.org")));
        test::settle(300);
        QCOMPARE(desktop.opened, QStringList());
        // The click reached the page, which refused it.
        QVERIFY2(!m_blockedNavigations.filter(QStringLiteral("ms-msdt:")).isEmpty(),
                 qPrintable(m_blockedNavigations.join(u' ')));
        // The profile itself still drops unknown schemes; only the lesson page lets a
        // clicked one through, to refuse it.
        QCOMPARE(m_view->profile()->profile()->settings()->unknownUrlSchemePolicy(),
                 QWebEngineSettings::DisallowUnknownUrlSchemes);
        lessonIsStillShown();
    }

    void otherPackOpensWhenTheAppAsks()
    {
        // The cross-pack refusals above are not a broken pack: the app itself can open it.
        QSignalSpy finished(m_view.get(), &LessonView::loadFinished);
        QVERIFY(m_view->openLesson(kSecret, QStringLiteral("lesson-1")).ok());
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(test::evalJs(m_view->page(), QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QLatin1String("Health technology helps")));
    }

    void controlWithoutTheSealLeaks()
    {
        // The same lesson in a plain profile, without CSP, interceptor or LessonPage: the
        // checks must see leaks and the server hits, or the test above proves nothing.
        m_server.setResponse("/media/hostile.js", "text/javascript",
                             hostileScript(m_server.port(), QStringLiteral("control")));
        QWebEngineProfile plain;
        QWebEnginePage page(&plain);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(
            QString::fromUtf8(hostileLesson(m_server.port(), QStringLiteral("control"), false)),
            QUrl(QStringLiteral("http://127.0.0.1:%1/control-page/").arg(m_server.port())));
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            test::evalJs(&page, QStringLiteral("!!(window.ohtHostile && window.ohtHostile.done)"))
                .toBool(),
            20000);
        const QVariantMap results =
            test::evalJs(&page, QStringLiteral("window.ohtHostile.results")).toMap();
        qInfo().noquote() << "control checks:"
                          << QJsonDocument::fromVariant(results).toJson(QJsonDocument::Compact);
        for (const char *attempt :
             {"img-static", "img-dynamic", "xhr", "fetch", "base-href", "window-open",
              "inline-script", "inline-handler", "eval", "local-storage"})
            QCOMPARE(results.value(QLatin1String(attempt)).toString(), QStringLiteral("LEAKED"));
        QVERIFY(!m_server.hitsContaining(QStringLiteral("control-img-dynamic")).isEmpty());
        QVERIFY(!m_server.hitsContaining(QStringLiteral("control-xhr")).isEmpty());
        QCOMPARE(m_server.hitsContaining(QStringLiteral("sealed")), QStringList());
    }
};

OHT_WEB_TEST_MAIN(TestHostilePack)
#include "tst_hostilepack.moc"
