#include "oht/library/library.h"
#include "oht/packio/packbuilder.h"
#include "oht/web/librarypackcontent.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::web;

namespace {
const QString kPack = QStringLiteral("org.example.content");
} // namespace

/// The adapter over a real library with a real imported pack.
class TestLibraryPackContent : public QObject
{
    Q_OBJECT

private:
    test::TempDataDir m_dir;
    std::unique_ptr<library::Library> m_library;
    std::unique_ptr<LibraryPackContent> m_content;
    QByteArray m_video;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::PackSourceWriter writer(kPack);
        // A second lesson, in HTML with its own stylesheet and script in <head>.
        QJsonObject &manifest = writer.manifest();
        QJsonArray modules = manifest.value(QLatin1String("modules")).toArray();
        QJsonObject module = modules.first().toObject();
        QJsonArray items = module.value(QLatin1String("items")).toArray();
        items.append(QJsonObject{{"id", "html-lesson"},
                                 {"type", "lesson"},
                                 {"title", "An HTML lesson"},
                                 {"file", "lessons/page.html"}});
        module.insert(QStringLiteral("items"), items);
        modules.replace(0, module);
        manifest.insert(QStringLiteral("modules"), modules);
        writer.setFile(QStringLiteral("lessons/page.html"),
                       "<!DOCTYPE html><html><head><title>x</title>"
                       "<link rel=\"stylesheet\" href=\"../media/own.css\">"
                       "<script src=\"../media/own.js\"></script></head>"
                       "<body><p>HTML body</p></body></html>");
        writer.setFile(QStringLiteral("media/own.css"), "p { color: teal; }");
        writer.setFile(QStringLiteral("media/own.js"), "var own = 1;");
        m_video = QByteArray(3 * 1024 * 1024, 'v');
        writer.setFile(QStringLiteral("media/clip.webm"), m_video);

        const QString source = m_dir.filePath(QStringLiteral("source"));
        const QString built = m_dir.filePath(QStringLiteral("content.ohtpack"));
        QVERIFY(writer.writeTo(source));
        packio::BuildReport report;
        const auto build = packio::PackBuilder().build(source, built, report);
        QVERIFY2(build.ok(), build.ok() ? "" : qPrintable(build.error().message));
        auto library = library::Library::open(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(library.ok());
        m_library = std::move(*library);
        const auto imported = m_library->importPack(built);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        m_content = std::make_unique<LibraryPackContent>(*m_library);
    }

    void cleanupTestCase()
    {
        m_content.reset();
        m_library.reset();
    }

    void lessonPathOfALesson()
    {
        const auto path = m_content->lessonPath(kPack, QStringLiteral("lesson-1"));
        QVERIFY(path.ok());
        QCOMPARE(*path, QStringLiteral("lessons/lesson-1.md"));
    }

    void lessonPathRefuses_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("itemId");
        QTest::newRow("quiz") << kPack << "quiz-1";
        QTest::newRow("module") << kPack << "module-1";
        QTest::newRow("unknown item") << kPack << "nope";
        QTest::newRow("unknown pack") << "org.example.none"
                                      << "lesson-1";
    }
    void lessonPathRefuses()
    {
        QFETCH(QString, packId);
        QFETCH(QString, itemId);
        QVERIFY(!m_content->lessonPath(packId, itemId).ok());
    }

    void lessonAtAMarkdownLesson()
    {
        const auto lesson = m_content->lessonAt(kPack, QStringLiteral("lessons/lesson-1.md"));
        QVERIFY(lesson.ok());
        QVERIFY(lesson->has_value());
        const LessonDocument &doc = **lesson;
        QCOMPARE(doc.packId, kPack);
        QCOMPARE(doc.itemId, QStringLiteral("lesson-1"));
        QCOMPARE(doc.title, QStringLiteral("First lesson"));
        QCOMPARE(doc.language, QStringLiteral("en"));
        QVERIFY(doc.bodyHtml.contains(QLatin1String("<strong>patients</strong>")));
        QVERIFY(doc.stylesheets.isEmpty());
    }

    void lessonAtAnHtmlLessonKeepsItsHeadResources()
    {
        const auto lesson = m_content->lessonAt(kPack, QStringLiteral("lessons/page.html"));
        QVERIFY(lesson.ok());
        QVERIFY(lesson->has_value());
        QVERIFY((*lesson)->bodyHtml.contains(QLatin1String("HTML body")));
        QVERIFY(!(*lesson)->bodyHtml.contains(QLatin1String("<title>")));
        QCOMPARE((*lesson)->stylesheets, QStringList{QStringLiteral("../media/own.css")});
        QCOMPARE((*lesson)->scripts, QStringList{QStringLiteral("../media/own.js")});
    }

    void lessonAtOtherFilesIsEmpty_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("quiz") << "quizzes/quiz-1.json";
        QTest::newRow("media") << "media/own.css";
        QTest::newRow("absent") << "lessons/absent.md";
    }
    void lessonAtOtherFilesIsEmpty()
    {
        QFETCH(QString, path);
        const auto lesson = m_content->lessonAt(kPack, path);
        QVERIFY(lesson.ok());
        QVERIFY(!lesson->has_value());
    }

    void lessonAtUnknownPackFails()
    {
        QVERIFY(
            !m_content->lessonAt(QStringLiteral("org.example.none"), QStringLiteral("a.md")).ok());
    }

    void filesStreamFromTheBlobStore()
    {
        auto device = m_content->openFile(kPack, QStringLiteral("media/clip.webm"));
        QVERIFY(device.ok());
        // A file on disk, read as it is sent, not a buffer holding the whole video.
        auto *file = qobject_cast<QFile *>(device->get());
        QVERIFY(file);
        QVERIFY(file->fileName().startsWith(m_dir.path()));
        QVERIFY(!file->fileName().contains(QLatin1String("clip.webm"))); // content-addressed
        QCOMPARE(file->size(), qint64(m_video.size()));
        QCOMPARE(file->readAll(), m_video);
    }

    void openFileRefuses_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("path");
        QTest::newRow("absent") << kPack << "media/absent.png";
        QTest::newRow("unknown pack") << "org.example.none"
                                      << "media/own.css";
        QTest::newRow("traversal") << kPack << "../library.sqlite";
    }
    void openFileRefuses()
    {
        QFETCH(QString, packId);
        QFETCH(QString, path);
        QVERIFY(!m_content->openFile(packId, path).ok());
    }
};

QTEST_GUILESS_MAIN(TestLibraryPackContent)
#include "tst_librarypackcontent.moc"
